package io.camel3cx.codegen;

import java.util.List;
import java.util.Locale;

/** Small Markdown helpers that keep catalog text from breaking tables or turning into HTML. */
public final class Markdown {

    private Markdown() {
    }

    /** Text for a table cell: one line, pipes and angle brackets escaped. */
    public static String cell(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return text.replaceAll("\\s+", " ").strip()
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("|", "\\|");
    }

    /** Inline code; backticks inside are not expected in catalog names but are kept readable. */
    public static String code(String text) {
        String t = text.replace("|", "\\|");
        return t.contains("`") ? "`` " + t + " ``" : "`" + t + "`";
    }

    /** A table row from cells that are already escaped. */
    public static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** The header row and its separator. */
    public static String header(List<String> titles) {
        return row(titles) + row(titles.stream().map(t -> "---").toList());
    }

    /** The anchor GitHub gives a heading that is a single identifier. */
    public static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT);
    }
}
