package io.camel3cx.http;

import java.nio.charset.StandardCharsets;

/**
 * What the PBX answered.
 *
 * @param status      HTTP status code
 * @param contentType the {@code Content-Type} header, or null
 * @param body        the body bytes, empty when there was none
 * @param retryAfter  the {@code Retry-After} header (seconds or an HTTP date) of a 429 or 503, or null
 */
public record PbxResponse(int status, String contentType, byte[] body, String retryAfter) {

    public PbxResponse {
        body = body == null ? new byte[0] : body;
    }

    public PbxResponse(int status, String contentType, byte[] body) {
        this(status, contentType, body, null);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    /** Whether the body is JSON, by content type, or by its first character when the PBX sent none. */
    public boolean isJson() {
        if (contentType != null) {
            return contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
        }
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '{' || b == '[';
            }
        }
        return false;
    }

    /** Whether the body is a web page, by content type. */
    public boolean isHtml() {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("text/html");
    }

    /** This response with every occurrence of {@code secret} in its body replaced by {@code ****}. */
    public PbxResponse redacting(String secret) {
        if (secret == null || secret.isEmpty() || body.length < secret.length()) {
            return this;
        }
        String text = bodyText();
        return text.contains(secret)
                ? new PbxResponse(status, contentType, text.replace(secret, "****").getBytes(StandardCharsets.UTF_8),
                        retryAfter)
                : this;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "PbxResponse[" + status + ", " + contentType + ", " + body.length + " bytes]";
    }
}
