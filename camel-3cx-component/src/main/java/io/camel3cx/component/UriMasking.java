package io.camel3cx.component;

import java.util.Locale;

import org.apache.camel.util.SensitiveUtils;
import org.apache.camel.util.URISupport;

/**
 * Endpoint URIs as the component shows them: the value of every secret option replaced by {@value #MASK}. Camel's
 * {@code URISupport.sanitizeUri} ends a {@code RAW(...)} value at its first {@code ')'}, so a secret containing one
 * shows from there on; here a {@code RAW(...)} or {@code RAW{...}} value ends where Camel's parser ends it, at the
 * closing bracket followed by {@code '&'} or the end.
 */
public final class UriMasking {

    static final String MASK = "xxxxxx";

    private UriMasking() {
    }

    /** The URI with the value of every secret option masked; null stays null. */
    public static String mask(String uri) {
        if (uri == null) {
            return null;
        }
        int query = uri.indexOf('?');
        if (query < 0) {
            return URISupport.sanitizeUri(uri);
        }
        StringBuilder out = new StringBuilder(uri.length()).append(uri, 0, query + 1);
        int i = query + 1;
        while (i <= uri.length()) {
            int end = uri.indexOf('&', i);
            int eq = uri.indexOf('=', i);
            if (eq < 0 || end >= 0 && eq > end) {
                // An option without a value.
                end = end < 0 ? uri.length() : end;
                out.append(uri, i, end);
            } else {
                end = valueEnd(uri, eq + 1);
                String name = uri.substring(i, eq);
                out.append(name).append('=').append(isSecret(name) ? MASK : uri.substring(eq + 1, end));
            }
            if (end < uri.length()) {
                out.append('&');
            }
            i = end + 1;
        }
        // Camel's rules as well, for what they find beyond option names, such as a password in a URL's user info.
        return URISupport.sanitizeUri(out.toString());
    }

    /** Whether an option holds a secret, by its name in any case. */
    static boolean isSecret(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("secret") || n.contains("password") || n.contains("token") || SensitiveUtils.containsSensitive(n);
    }

    /** Where the value starting at {@code from} ends: the next '&', or for RAW values past its closing bracket. */
    private static int valueEnd(String uri, int from) {
        if (uri.startsWith("RAW(", from) || uri.startsWith("RAW{", from)) {
            char close = uri.charAt(from + 3) == '(' ? ')' : '}';
            for (int c = uri.indexOf(close, from + 4); c >= 0; c = uri.indexOf(close, c + 1)) {
                if (c + 1 == uri.length() || uri.charAt(c + 1) == '&') {
                    return c + 1;
                }
            }
            // Unclosed: Camel refuses such a URI; mask all of the rest rather than guess.
            return uri.length();
        }
        int amp = uri.indexOf('&', from);
        return amp < 0 ? uri.length() : amp;
    }
}
