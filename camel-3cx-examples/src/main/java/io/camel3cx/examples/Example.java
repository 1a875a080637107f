package io.camel3cx.examples;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The runnable examples, by the name given with {@code -Dexample=} or {@code --example}. */
public enum Example {
    /** Onboards the new hires of a CSV file, twice, to show that a re-run creates nothing new. */
    ONBOARDING("onboarding"),
    /** Reprovisions the desk phones listed in a file, with the YAML DSL route. */
    REPROVISION("reprovision"),
    /** Exports a period of the call log to a CSV file, page by page. */
    CALLLOG_EXPORT("calllog-export");

    private final String id;

    Example(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Example byId(String id) {
        for (Example e : values()) {
            if (e.id.equalsIgnoreCase(id.strip())) {
                return e;
            }
        }
        throw new IllegalArgumentException("No example named '" + id + "'; choose one of " + ids());
    }

    public static String ids() {
        return Arrays.stream(values()).map(Example::id).collect(Collectors.joining(", "));
    }
}
