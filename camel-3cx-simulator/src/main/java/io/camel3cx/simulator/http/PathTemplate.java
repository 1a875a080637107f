package io.camel3cx.simulator.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.catalog.ParameterLocation;
import io.camel3cx.simulator.odata.ODataErrorException;

/**
 * An operation's path template ({@code /Users({Id})}, {@code /Users(Number={Number})},
 * {@code /Users/Pbx.GetPhoneRegistrar(mac={mac})}) compiled once, so that a request is matched segment by
 * segment without regular expressions on the hot path.
 */
public final class PathTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    /** One template segment: a positional key placeholder, or named argument -> placeholder. */
    private record Segment(String name, boolean hasParens, String positional, Map<String, String> named) {
    }

    private final Operation operation;
    private final List<Segment> segments;
    private final Map<String, OperationParameter> pathParameters = new LinkedHashMap<>();

    public PathTemplate(Operation operation) {
        this.operation = operation;
        for (OperationParameter p : operation.parameters()) {
            if (p.location() == ParameterLocation.PATH) {
                pathParameters.put(p.specName(), p);
            }
        }
        List<Segment> segs = new ArrayList<>();
        for (RequestSegment s : RequestSegment.parsePath(operation.path())) {
            String positional = null;
            Map<String, String> named = new LinkedHashMap<>();
            for (RequestSegment.Argument a : s.arguments()) {
                String placeholder = placeholder(a.literal());
                if (a.name() == null) {
                    positional = placeholder;
                } else {
                    named.put(a.name(), placeholder);
                }
            }
            segs.add(new Segment(s.name(), s.hasParens(), positional, java.util.Collections.unmodifiableMap(named)));
        }
        this.segments = List.copyOf(segs);
    }

    private String placeholder(String literal) {
        Matcher m = PLACEHOLDER.matcher(literal);
        if (!m.matches()) {
            throw new IllegalArgumentException("Template " + operation.path() + " of " + operation.key()
                    + " has an argument that is no {placeholder}: " + literal);
        }
        String name = m.group(1);
        if (!pathParameters.containsKey(name)) {
            throw new IllegalArgumentException("Template " + operation.path() + " of " + operation.key()
                    + " uses {" + name + "} which is no path parameter");
        }
        return name;
    }

    public Operation operation() {
        return operation;
    }

    /** The index bucket: first segment name and segment count. */
    public String bucketKey() {
        return bucketKey(segments.get(0).name(), segments.size());
    }

    static String bucketKey(String firstName, int count) {
        return firstName + "#" + count;
    }

    /**
     * Whether the request has this template's form: same names, same argument forms. Literals are not read
     * here; {@link #bind} does that, so that a well-formed path with a bad literal is a 400, not a 404.
     */
    public boolean matchesStructure(List<RequestSegment> request) {
        if (request.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment t = segments.get(i);
            RequestSegment r = request.get(i);
            if (!t.name().equals(r.name()) || t.hasParens() != r.hasParens()) {
                return false;
            }
            if (t.positional() != null) {
                // OData allows a single key both as Users(42) and as Users(Id=42).
                if (r.arguments().size() != 1) {
                    return false;
                }
                String argName = r.arguments().get(0).name();
                if (argName != null && !argName.equals(t.positional())) {
                    return false;
                }
            } else {
                if (r.arguments().size() != t.named().size()) {
                    return false;
                }
                for (RequestSegment.Argument a : r.arguments()) {
                    if (a.name() == null || !t.named().containsKey(a.name())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The path parameters' values by spec name, each literal parsed to its declared type. */
    public Map<String, Object> bind(List<RequestSegment> request) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment t = segments.get(i);
            RequestSegment r = request.get(i);
            if (t.positional() != null) {
                values.put(t.positional(), ODataLiteralParser.parse(r.arguments().get(0).literal(),
                        pathParameters.get(t.positional())));
            } else {
                Set<String> seen = new java.util.HashSet<>();
                for (RequestSegment.Argument a : r.arguments()) {
                    if (!seen.add(a.name())) {
                        throw ODataErrorException.badRequest("The parameter '" + a.name() + "' is given twice in '"
                                + r.name() + "(...)'");
                    }
                    String spec = t.named().get(a.name());
                    values.put(spec, ODataLiteralParser.parse(a.literal(), pathParameters.get(spec)));
                }
            }
        }
        return values;
    }

    /** Names of the arguments of segment {@code i} that the request lacks, for a helpful 400. */
    public List<String> missingArguments(List<RequestSegment> request) {
        List<String> missing = new ArrayList<>();
        if (request.size() != segments.size()) {
            return missing;
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment t = segments.get(i);
            RequestSegment r = request.get(i);
            if (t.positional() == null && t.name().equals(r.name())) {
                Set<String> given = new java.util.HashSet<>();
                r.arguments().forEach(a -> given.add(a.name()));
                t.named().keySet().stream().filter(n -> !given.contains(n)).forEach(missing::add);
            }
        }
        return missing;
    }

    /** Whether the request differs from this template only by missing or unknown function arguments. */
    public boolean matchesIgnoringArguments(List<RequestSegment> request) {
        if (request.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment t = segments.get(i);
            RequestSegment r = request.get(i);
            if (!t.name().equals(r.name()) || t.hasParens() != r.hasParens()) {
                return false;
            }
            if (t.positional() != null && r.arguments().size() != 1) {
                return false;
            }
        }
        return true;
    }

    /** The positional key placeholders of the template ({@code Id} for {@code /Users({Id})}). */
    public List<String> positionalKeys() {
        List<String> names = new ArrayList<>();
        segments.forEach(s -> {
            if (s.positional() != null) {
                names.add(s.positional());
            }
        });
        return names;
    }

    /** Every named argument the template declares, in template order. */
    public List<String> declaredArguments() {
        List<String> names = new ArrayList<>();
        segments.forEach(s -> names.addAll(s.named().keySet()));
        return names;
    }
}
