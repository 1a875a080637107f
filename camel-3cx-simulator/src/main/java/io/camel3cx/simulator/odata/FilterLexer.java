package io.camel3cx.simulator.odata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a {@code $filter} text into tokens, each with its position for error messages. */
final class FilterLexer {

    enum Type { LPAREN, RPAREN, COMMA, STRING, NUMBER, DATE_TIME, GUID, WORD, END }

    record Token(Type type, String text, int position) {
        @Override
        public String toString() {
            return type == Type.END ? "end of expression" : "'" + text + "'";
        }
    }

    private static final Pattern DATE_TIME = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})");
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_@$][A-Za-z0-9_./@$]*");

    private FilterLexer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            switch (c) {
                case '(' -> {
                    tokens.add(new Token(Type.LPAREN, "(", i));
                    i++;
                    continue;
                }
                case ')' -> {
                    tokens.add(new Token(Type.RPAREN, ")", i));
                    i++;
                    continue;
                }
                case ',' -> {
                    tokens.add(new Token(Type.COMMA, ",", i));
                    i++;
                    continue;
                }
                case '\'' -> {
                    int end = stringEnd(text, i);
                    tokens.add(new Token(Type.STRING, text.substring(i, end), i));
                    i = end;
                    continue;
                }
                default -> {
                }
            }
            Token t = match(DATE_TIME, Type.DATE_TIME, text, i);
            if (t == null) {
                t = match(GUID, Type.GUID, text, i);
            }
            if (t == null) {
                t = match(NUMBER, Type.NUMBER, text, i);
            }
            if (t == null) {
                t = match(WORD, Type.WORD, text, i);
            }
            if (t == null) {
                throw ODataErrorException.badRequest("Unexpected character '" + c + "' at position " + i
                        + " of $filter '" + text + "'");
            }
            tokens.add(t);
            i += t.text().length();
        }
        tokens.add(new Token(Type.END, "", text.length()));
        return tokens;
    }

    private static Token match(Pattern p, Type type, String text, int from) {
        Matcher m = p.matcher(text).region(from, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        int end = m.end();
        // A number or date directly followed by a letter is no such literal (e.g. 1abc).
        if ((type == Type.NUMBER || type == Type.DATE_TIME) && end < text.length()
                && Character.isLetterOrDigit(text.charAt(end))) {
            return null;
        }
        return new Token(type, text.substring(from, end), from);
    }

    private static int stringEnd(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw ODataErrorException.badRequest("Unterminated string starting at position " + start + " of $filter '"
                + text + "'; a quote inside a string is written twice ('')");
    }
}
