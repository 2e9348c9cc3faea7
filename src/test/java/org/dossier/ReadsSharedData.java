package org.dossier;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that reads the corpora under ../shared/data (PolNeAR, the BBC texts), and is skipped where
 * they are absent; {@code mvn test -Pfast} leaves these out.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("data")
public @interface ReadsSharedData {}
