package io.camel3cx.codegen;

import java.util.Locale;
import java.util.Set;

/** Turns catalog text into safe Java source: literals, comments and identifiers. */
public final class JavaSource {

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
            "long", "native", "new", "package", "private", "protected", "public", "return", "short", "static",
            "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits");

    private JavaSource() {
    }

    /** A Java string literal, quotes included. Escaping every backslash also defuses {@code \}u sequences. */
    public static String literal(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * Text for a Javadoc comment: HTML-escaped, one line, with nothing that could end the comment, start a tag or
     * form a unicode escape.
     */
    public static String doc(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\\", "&#92;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;");
    }

    /**
     * A Javadoc paragraph: {@link #doc(String) escaped} and wrapped into {@code indent * } lines of at most 120
     * characters, each ending in a newline.
     */
    public static String docLines(String text, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        String prefix = indent + " * ";
        for (String word : doc(text).split(" ")) {
            if (line.length() > 0 && prefix.length() + line.length() + 1 + word.length() > 120) {
                out.append(prefix).append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.append(prefix).append(line).append('\n');
        }
        return out.toString();
    }

    /** Whether {@code name} can be used as a Java identifier as it is. */
    public static boolean isIdentifier(String name) {
        if (name.isEmpty() || KEYWORDS.contains(name) || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!Character.isJavaIdentifierPart(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The name as a method or field identifier, or an error naming what is wrong with it. */
    public static String identifier(String name, String what) {
        if (!isIdentifier(name)) {
            throw new IllegalArgumentException(what + " '" + name + "' is not a valid Java identifier; the generators"
                    + " need a naming rule for it (see io.camel3cx.catalog.Names)");
        }
        return name;
    }

    /** {@code cdrSettings -> CdrSettings}. */
    public static String upperFirst(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
