package org.dossier.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one JSON writer of the command line, so that every output is formatted alike. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** The same, one document a line: JSON Lines. */
    static final com.fasterxml.jackson.databind.ObjectWriter LINES = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private Json() {}
}
