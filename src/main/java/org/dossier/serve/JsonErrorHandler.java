package org.dossier.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Jetty's own error answers as JSON {@link ApiError}s with the {@link SecurityHeaders}, in place of
 * its HTML pages: requests it refuses before the web app sees them (a malformed request line,
 * a URI or headers over its limits, an ambiguous path, an unreadable Content-Length).
 */
final class JsonErrorHandler extends ErrorHandler {
    private final ObjectMapper json;

    JsonErrorHandler(ObjectMapper json) {
        this.json = json;
    }

    /** Errors of a request that was parsed: a path Jetty will not map, say. */
    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        SecurityHeaders.ALL.forEach(response::setHeader);
        response.setContentType("application/json");
        byte[] body = body(code, message);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }

    /** Errors of a request that could not be parsed at all (400, 414, 431 and the like). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.ALL.forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status, reason));
    }

    /** Jetty's reason where it is a client's error (it says what was wrong); never a server's details. */
    private byte[] body(int status, String reason) {
        String message = status >= 500 || reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        try {
            return json.writeValueAsBytes(new ApiError(status, message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
