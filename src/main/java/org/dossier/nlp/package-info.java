/**
 * The parsed document every later stage reads, in the spirit of spaCy's Doc: {@link
 * org.dossier.nlp.ParsedText} with its tokens, sentences, quotations and parse navigation; the
 * stage profiler; a cache of parses. Uses {@code text} and {@code lang}; no NLP library.
 */
package org.dossier.nlp;
