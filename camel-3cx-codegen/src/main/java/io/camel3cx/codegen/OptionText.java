package io.camel3cx.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.camel3cx.catalog.BodyKind;
import io.camel3cx.catalog.ParameterLocation;
import io.camel3cx.catalog.RequestBody;
import io.camel3cx.catalog.ResponseKind;
import io.camel3cx.catalog.ResponseSpec;
import io.camel3cx.catalog.SchemaShape;
import io.camel3cx.catalog.ValueType;

/**
 * The human-readable sentences every generator shares, so the tooling metadata, the builder's Javadoc and the
 * reference pages say the same thing about an operation or option.
 */
public final class OptionText {

    private OptionText() {
    }

    /** {@code int32}, {@code date-time}, {@code array (JSON)} ... */
    public static String typeLabel(ValueType type) {
        return switch (type) {
            case OBJECT -> "object (JSON)";
            case ARRAY -> "array (JSON)";
            case DATE_TIME -> "date-time";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    public static String locationLabel(ParameterLocation location) {
        return location.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The option's description followed by where and how it travels, e.g. {@code Show only the first n items (query
     * $top; int32 in 20.0.5 to 20.0.8, int64 in 20.0.9, 20.0.10)}.
     */
    public static String describe(OptionUnion option, OperationUnion operation, List<String> allReleases) {
        String text = option.description();
        if (text == null) {
            // The spec says nothing; where the value goes is the most useful thing left to say.
            return wireNames(option) + " (" + details(option, operation, allReleases, false) + ")";
        }
        return sentence(text) + " (" + details(option, operation, allReleases, true) + ")";
    }

    /** A description for an option the spec does not describe: {@code Action parameter mac}, {@code Path key Id}. */
    public static String fallbackDescription(OptionUnion option) {
        return wireNames(option);
    }

    /** {@code query $top; int32 in 20.0.5 to 20.0.8, int64 in 20.0.9, 20.0.10; nullable; only in 20.0.9, 20.0.10}. */
    public static String details(OptionUnion option, OperationUnion operation, List<String> allReleases,
            boolean withWire) {
        List<String> parts = new ArrayList<>();
        if (withWire) {
            List<String> wire = new ArrayList<>();
            Map<String, Set<String>> namesByLocation = new LinkedHashMap<>();
            option.occurrences().forEach(o -> namesByLocation
                    .computeIfAbsent(locationLabel(o.parameter().location()), k -> new LinkedHashSet<>())
                    .add(o.parameter().specName()));
            namesByLocation.forEach((loc, names) -> wire.add(loc + " " + String.join("/", names)));
            parts.add(String.join(" and ", wire));
        }
        parts.add(types(option, allReleases) + (option.collection() ? " list" : ""));
        if (option.nullable()) {
            parts.add("nullable");
        }
        if (!option.releases().equals(operation.releases())) {
            parts.add("only in " + ReleaseRanges.describe(option.releases(), allReleases));
        }
        return String.join("; ", parts);
    }

    /** {@code int32}, or {@code int32 in 20.0.5 to 20.0.8, int64 in 20.0.9, 20.0.10} when releases differ. */
    public static String types(OptionUnion option, List<String> allReleases) {
        Map<ValueType, List<String>> byType = new LinkedHashMap<>();
        option.occurrences().forEach(o -> byType.computeIfAbsent(o.parameter().type(), k -> new ArrayList<>())
                .addAll(o.definition().releases()));
        if (byType.size() == 1) {
            return typeLabel(byType.keySet().iterator().next());
        }
        List<String> out = new ArrayList<>();
        byType.forEach((t, rel) -> out.add(typeLabel(t) + " in " + ReleaseRanges.describe(
                rel.stream().distinct().toList(), allReleases)));
        return String.join(", ", out);
    }

    /** {@code Action parameter mac}, {@code Query option $top and path parameter top}. */
    private static String wireNames(OptionUnion option) {
        Map<String, Set<String>> byKind = new LinkedHashMap<>();
        option.occurrences().forEach(o -> byKind.computeIfAbsent(switch (o.parameter().location()) {
            case PATH -> "path parameter";
            case QUERY -> "query option";
            case HEADER -> "header";
            case BODY -> "action parameter";
        }, k -> new LinkedHashSet<>()).add(o.parameter().specName()));
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, names) -> parts.add(kind + " " + String.join("/", names)));
        String joined = String.join(" and ", parts);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    /** The operation's summary, its HTTP form(s) and its releases, as one paragraph. */
    public static String describe(OperationUnion operation, List<String> allReleases) {
        StringBuilder sb = new StringBuilder();
        sb.append(sentence(String.join(" / ", operation.summaries()))).append(". ");
        sb.append(httpForms(operation, allReleases)).append(". ");
        String body = body(operation.newest().body());
        if (body != null) {
            sb.append(sentence(body)).append(". ");
        }
        sb.append("Returns ").append(response(operation.newest().response())).append(". ");
        sb.append("Releases: ").append(ReleaseRanges.describe(operation.releases(), allReleases)).append('.');
        return sb.toString();
    }

    /** {@code POST /Users/Pbx.ReprovisionPhone}, or each form with its releases when it changed. */
    public static String httpForms(OperationUnion operation, List<String> allReleases) {
        Map<String, List<String>> forms = operation.httpForms();
        if (forms.size() == 1) {
            return forms.keySet().iterator().next();
        }
        List<String> out = new ArrayList<>();
        forms.forEach((form, rel) -> out.add(form + " in " + ReleaseRanges.describe(rel, allReleases)));
        return String.join("; ", out);
    }

    /** What the request body is, or null when the operation sends none. */
    public static String body(RequestBody body) {
        if (body == null) {
            return null;
        }
        if (body.kind() == BodyKind.ENTITY) {
            return "Sends the message body as the " + (body.schema() == null ? "JSON" : body.schema()) + " entity"
                    + (body.required() ? "" : " (optional)");
        }
        List<String> names = body.properties().stream().map(p -> p.name()).toList();
        return "Sends the action parameters " + String.join(", ", names) + " as a JSON body";
    }

    /** What a successful call puts in the message body. */
    public static String response(ResponseSpec response) {
        if (response == null || response.kind() == ResponseKind.NONE) {
            return "no content (the body becomes null)";
        }
        String shape = shape(response.shape());
        return switch (response.kind()) {
            case ENTITY -> "one " + shape + " as a Map";
            case COLLECTION -> "a List of " + shape;
            case VALUE -> "a single " + shape + " value";
            default -> shape;
        };
    }

    /** {@code Pbx.User}, {@code string}, {@code array of Pbx.User} ... */
    public static String shape(SchemaShape shape) {
        if (shape == null) {
            return "JSON";
        }
        if (shape.ref() != null) {
            return shape.ref();
        }
        if ("array".equals(shape.type())) {
            return "array of " + shape(shape.items());
        }
        if (shape.type() == null) {
            return "JSON";
        }
        return shape.format() != null ? shape.type() + " (" + shape.format() + ")" : shape.type();
    }

    /** Drops a trailing period, so callers can add their own punctuation. */
    private static String sentence(String text) {
        String t = text.strip();
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
