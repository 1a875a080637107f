package io.camel3cx.simulator.http;

import java.util.ArrayList;
import java.util.List;

import io.camel3cx.simulator.odata.ODataErrorException;

/**
 * One decoded segment of a request path: a name and, when it has parentheses, its arguments
 * ({@code Users(42)}, {@code Users(Number='100')}, {@code Pbx.GetPhoneRegistrar(mac='...')},
 * {@code Pbx.ExportExtensions()}).
 *
 * @param name       text before the parentheses
 * @param hasParens  whether the segment has an argument list, even an empty one
 * @param arguments  the arguments in request order
 */
public record RequestSegment(String name, boolean hasParens, List<Argument> arguments) {

    /** An argument: {@code name} is null for a positional key ({@code Users(42)}). */
    public record Argument(String name, String literal) {
    }

    /** Splits a decoded path (without {@code /xapi/v1}) into segments, never inside a quoted string. */
    public static List<RequestSegment> parsePath(String decodedPath) {
        List<String> raw = splitOutsideQuotes(decodedPath, '/');
        List<RequestSegment> out = new ArrayList<>();
        for (String s : raw) {
            if (!s.isEmpty()) {
                out.add(parse(s));
            }
        }
        return out;
    }

    static RequestSegment parse(String segment) {
        int open = indexOutsideQuotes(segment, '(');
        if (open < 0) {
            return new RequestSegment(segment, false, List.of());
        }
        if (!segment.endsWith(")")) {
            throw ODataErrorException.badRequest("The path segment '" + segment
                    + "' opens an argument list with '(' but does not end with ')'");
        }
        String name = segment.substring(0, open);
        String inner = segment.substring(open + 1, segment.length() - 1);
        List<Argument> args = new ArrayList<>();
        if (!inner.isBlank()) {
            for (String part : splitOutsideQuotes(inner, ',')) {
                int eq = indexOutsideQuotes(part, '=');
                if (eq < 0) {
                    args.add(new Argument(null, part.trim()));
                } else {
                    args.add(new Argument(part.substring(0, eq).trim(), part.substring(eq + 1).trim()));
                }
            }
        }
        return new RequestSegment(name, true, List.copyOf(args));
    }

    /** Splits on {@code separator} outside single-quoted strings; a doubled quote stays inside the string. */
    static List<String> splitOutsideQuotes(String s, char separator) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (quoted) {
            throw ODataErrorException.badRequest("Unterminated string literal in '" + s
                    + "': a quote inside a string is written twice ('')");
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static int indexOutsideQuotes(String s, char wanted) {
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return i;
            }
        }
        return -1;
    }
}
