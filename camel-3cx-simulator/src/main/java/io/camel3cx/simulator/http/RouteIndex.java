package io.camel3cx.simulator.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.camel3cx.catalog.NameSuggester;
import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationCatalog;
import io.camel3cx.simulator.odata.ODataErrorException;

/**
 * Finds the operation a request path and method call. Templates are bucketed by first segment name and
 * segment count once at start, so a request looks at a handful of templates instead of all ~600.
 */
public final class RouteIndex {

    private final String release;
    private final Map<String, List<PathTemplate>> buckets = new HashMap<>();
    private final Set<String> firstSegments = new TreeSet<>();

    public RouteIndex(OperationCatalog catalog) {
        this.release = catalog.release();
        for (Operation op : catalog.operations()) {
            PathTemplate t = new PathTemplate(op);
            buckets.computeIfAbsent(t.bucketKey(), k -> new ArrayList<>()).add(t);
            firstSegments.add(RequestSegment.parsePath(op.path()).get(0).name());
        }
    }

    /**
     * The operation for {@code method} and the decoded path segments below {@code /xapi/v1}.
     *
     * @throws ODataErrorException 404 for an unknown path, 405 for a known path with another method, 400 for
     *                             a malformed or mistyped literal or a function called with the wrong arguments
     */
    public RouteMatch match(String method, List<RequestSegment> segments) {
        if (segments.isEmpty()) {
            throw ODataErrorException.notFound("The XAPI service root has no operation; call a resource such as /Users");
        }
        List<PathTemplate> bucket = buckets.getOrDefault(
                PathTemplate.bucketKey(segments.get(0).name(), segments.size()), List.of());
        List<PathTemplate> sameForm = new ArrayList<>();
        for (PathTemplate t : bucket) {
            if (t.matchesStructure(segments)) {
                sameForm.add(t);
            }
        }
        if (sameForm.isEmpty()) {
            throw noSuchPath(segments, bucket);
        }
        Set<String> allowed = new TreeSet<>();
        for (PathTemplate t : sameForm) {
            if (t.operation().method().equals(method)) {
                return new RouteMatch(t.operation(), t.bind(segments));
            }
            allowed.add(t.operation().method());
        }
        throw new MethodNotAllowedException(method, display(segments), allowed);
    }

    private ODataErrorException noSuchPath(List<RequestSegment> segments, List<PathTemplate> bucket) {
        String path = display(segments);
        for (PathTemplate t : bucket) {
            if (t.matchesIgnoringArguments(segments) && t.declaredArguments().isEmpty()) {
                return ODataErrorException.badRequest("The path " + path + " does not address " + t.operation().key()
                        + " correctly: its key is " + String.join(", ", t.positionalKeys()) + ", written as "
                        + t.operation().path() + " (XAPI " + release + ")");
            }
            if (t.matchesIgnoringArguments(segments)) {
                List<String> missing = t.missingArguments(segments);
                return ODataErrorException.badRequest("The path " + path + " does not give the arguments that "
                        + t.operation().key() + " declares: " + String.join(", ", t.declaredArguments())
                        + (missing.isEmpty() ? "" : " (missing: " + String.join(", ", missing) + ")")
                        + "; an omitted nullable argument is written as null");
            }
        }
        String first = segments.get(0).name();
        if (!firstSegments.contains(first)) {
            List<String> close = NameSuggester.closest(first, firstSegments, 3);
            return ODataErrorException.notFound("XAPI " + release + " has no resource '" + first + "' (path " + path
                    + ")" + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?"));
        }
        return ODataErrorException.notFound("XAPI " + release + " has no operation at " + path);
    }

    private static String display(List<RequestSegment> segments) {
        StringBuilder b = new StringBuilder();
        for (RequestSegment s : segments) {
            b.append('/').append(s.name());
            if (s.hasParens()) {
                b.append("(...)");
            }
        }
        return b.toString();
    }

    /** A known path called with a method it does not have. */
    public static final class MethodNotAllowedException extends ODataErrorException {

        private final Set<String> allowed;

        MethodNotAllowedException(String method, String path, Set<String> allowed) {
            super(405, "", "Method " + method + " is not allowed on " + path + "; allowed: " + String.join(", ", allowed),
                    List.of());
            this.allowed = java.util.Collections.unmodifiableSet(new TreeSet<>(allowed));
        }

        /** For the {@code Allow} header. */
        public Set<String> allowed() {
            return allowed;
        }
    }
}
