package io.camel3cx.http;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Percent-encoding for the two places values travel in an XAPI URL. {@link java.net.URLEncoder} is for HTML
 * forms (space becomes {@code +}) and is wrong for both.
 */
public final class UriEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * Kept literal inside a path segment: RFC 3986 unreserved characters plus the delimiters OData literals are
     * made of ({@code ( ) = , '}) and the harmless {@code : @ ! *}. Everything else is encoded, notably space,
     * {@code / ? # % & + ;} and non-ASCII ({@code +} because some servers read it as a space, {@code ;} because
     * some read it as a path parameter).
     */
    private static final BitSet PATH_LITERAL = unreservedPlus("()=,':@!*");

    /**
     * Kept literal in a query value: unreserved plus characters that are plain data there. {@code & = + # %}
     * and space are encoded; {@code ,} stays since collections are comma-joined.
     */
    private static final BitSet QUERY_VALUE = unreservedPlus("()',:@!*/?$");

    private UriEncoding() {
    }

    /** An OData literal made safe for a path segment. */
    public static String pathLiteral(String literal) {
        return encode(literal, PATH_LITERAL);
    }

    /** A value made safe for the query string ({@code $filter=Name%20eq%20'x'}). */
    public static String queryValue(String value) {
        return encode(value, QUERY_VALUE);
    }

    private static String encode(String text, BitSet keep) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = null;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 128 && keep.get(b)) {
                if (out != null) {
                    out.append((char) b);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(bytes.length + 16);
                for (int j = 0; j < i; j++) {
                    out.append((char) bytes[j]);
                }
            }
            out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
        }
        return out == null ? text : out.toString();
    }

    private static BitSet unreservedPlus(String extra) {
        BitSet set = new BitSet(128);
        for (char c = 'a'; c <= 'z'; c++) {
            set.set(c);
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            set.set(c);
        }
        for (char c = '0'; c <= '9'; c++) {
            set.set(c);
        }
        for (char c : "-._~".toCharArray()) {
            set.set(c);
        }
        for (char c : extra.toCharArray()) {
            set.set(c);
        }
        return set;
    }
}
