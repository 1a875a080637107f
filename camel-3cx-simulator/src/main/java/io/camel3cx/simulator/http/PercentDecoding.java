package io.camel3cx.simulator.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import io.camel3cx.simulator.odata.ODataErrorException;

/**
 * Percent-decoding of URI parts. Unlike {@link java.net.URLDecoder} it can leave {@code +} alone, which a
 * path needs: a date-time offset such as {@code +01:00} is a plus there, not a space.
 */
public final class PercentDecoding {

    private PercentDecoding() {
    }

    /** Decodes a path: {@code %XX} only. */
    public static String path(String raw) {
        return decode(raw, false);
    }

    /** Decodes a query or form component: {@code %XX}, and {@code +} as a space (HTML form encoding). */
    public static String query(String raw) {
        return decode(raw, true);
    }

    private static String decode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw ODataErrorException.badRequest("Malformed percent-encoding at position " + i + " of '" + raw
                            + "': '%' must be followed by two hex digits");
                }
                out.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                out.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                    b = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.writeBytes(b);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
