package io.camel3cx.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A catalog path template ({@code /Users({Id})/Pbx.GetPhoneRegistrar(mac={mac})}) split once into literal text
 * and placeholders, so that filling it per call is string appends only.
 */
public final class PathTemplate {

    /** A piece of the template: literal text (slot -1) or the slot of the value that fills a placeholder. */
    private record Part(String text, int slot, String name) {
    }

    private final String template;
    private final List<Part> parts;

    private PathTemplate(String template, List<Part> parts) {
        this.template = template;
        this.parts = parts;
    }

    /**
     * Splits {@code template}; {@code slots} maps each placeholder name to the index of its value in the arrays
     * later given to {@link #expand(String[])}.
     *
     * @throws IllegalArgumentException for an unclosed brace or a placeholder without a slot
     */
    public static PathTemplate parse(String template, Map<String, Integer> slots) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                parts.add(new Part(template.substring(i), -1, null));
                break;
            }
            if (open > i) {
                parts.add(new Part(template.substring(i, open), -1, null));
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("Unclosed '{' in path template " + template);
            }
            String name = template.substring(open + 1, close);
            Integer slot = slots.get(name);
            if (slot == null) {
                throw new IllegalArgumentException("Path template " + template + " names '" + name
                        + "', which is not a path parameter");
            }
            parts.add(new Part(null, slot, name));
            i = close + 1;
        }
        return new PathTemplate(template, List.copyOf(parts));
    }

    /** The path with each placeholder replaced by the already encoded text of its slot. */
    public String expand(String[] encodedBySlot) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        for (Part p : parts) {
            if (p.slot < 0) {
                out.append(p.text);
            } else {
                String value = encodedBySlot[p.slot];
                if (value == null) {
                    throw new IllegalStateException("No value for path placeholder {" + p.name + "} of " + template);
                }
                out.append(value);
            }
        }
        return out.toString();
    }

    public String template() {
        return template;
    }

    @Override
    public String toString() {
        return template;
    }
}
