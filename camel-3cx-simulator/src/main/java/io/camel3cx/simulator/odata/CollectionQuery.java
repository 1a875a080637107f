package io.camel3cx.simulator.odata;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Applies query options to an in-memory collection in OData's order: filter, count, order, skip, top, shape. */
public final class CollectionQuery {

    /** The items to answer and, for {@code $count=true}, how many matched the filter before paging. */
    public record Page(List<ObjectNode> items, long count) {
    }

    private CollectionQuery() {
    }

    /** {@code items} must be copies the caller may change: projection edits them in place. */
    public static Page apply(List<ObjectNode> items, QueryOptions q, Set<String> navigations) {
        List<ObjectNode> matching = new ArrayList<>();
        for (ObjectNode item : items) {
            if (q.filter() == null || q.filter().test(item)) {
                matching.add(item);
            }
        }
        long count = matching.size();
        if (!q.orderBy().isEmpty()) {
            matching.sort(JsonValueOrder.of(q.orderBy()));
        }
        int from = (int) Math.min(matching.size(), q.skip() == null ? 0 : q.skip());
        // from + top could overflow: $top=9223372036854775807 is a valid "all the rest".
        int to = q.top() == null ? matching.size() : from + (int) Math.min(q.top(), matching.size() - from);
        List<ObjectNode> page = new ArrayList<>(matching.subList(from, to));
        for (ObjectNode item : page) {
            EntityProjection.project(item, q.select(), q.expand(), navigations);
        }
        return new Page(page, count);
    }
}
