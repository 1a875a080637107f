package io.camel3cx.catalog;

import java.util.Locale;

/** The naming rules that turn spec names into URI names. They are part of the component's contract. */
public final class Names {

    private Names() {
    }

    /**
     * A spec tag as a URI resource: its leading run of capitals lowered, keeping the capital that starts the
     * next word ({@code Users -> users}, {@code CDRSettings -> cdrSettings}, {@code E164Settings ->
     * e164Settings}, {@code DNProperties -> dnProperties}).
     */
    public static String resourceName(String tag) {
        int upper = 0;
        while (upper < tag.length() && !Character.isLowerCase(tag.charAt(upper))) {
            upper++;
        }
        if (upper == 0) {
            return tag;
        }
        if (upper == tag.length()) {
            return tag.toLowerCase(Locale.ROOT);
        }
        // "CDRSettings": the 'S' before the first lower-case letter starts the next word.
        int cut = upper == 1 ? 1 : upper - 1;
        return tag.substring(0, cut).toLowerCase(Locale.ROOT) + tag.substring(cut);
    }

    /** An operationId as a URI operation: first letter lowered. */
    public static String operationName(String operationId) {
        return lowerFirst(operationId);
    }

    /**
     * A spec parameter or body property name as an option name: {@code $} dropped, first letter lowered;
     * {@code $orderby} is {@code orderBy} and header {@code If-Match} is {@code ifMatch}.
     */
    public static String optionName(String specName) {
        switch (specName) {
            case "$orderby":
                return "orderBy";
            case "If-Match":
                return "ifMatch";
            default:
                String n = specName.startsWith("$") ? specName.substring(1) : specName;
                return lowerFirst(n.replace("-", ""));
        }
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty()) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
