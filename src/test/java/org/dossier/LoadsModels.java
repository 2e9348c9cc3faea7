package org.dossier;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that loads the CoreNLP models: through an {@link Analyzer} (the {@link SharedAnalyzer}, the
 * command line, the server, Spark) or a pipeline or parser of its own. Seconds to load, minutes in
 * all; {@code mvn test -Pfast} leaves these out.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("models")
public @interface LoadsModels {}
