package io.camel3cx.simulator.odata;

import java.util.List;

/**
 * The OData system query options of one request, parsed and checked against the entity type.
 *
 * @param filter  {@code $filter}, or null
 * @param select  {@code $select} property names, or null for all
 * @param orderBy {@code $orderby} keys, in order (empty for none)
 * @param top     {@code $top}, or null
 * @param skip    {@code $skip}, or null
 * @param count   {@code $count=true}
 * @param expand  {@code $expand} items (empty for none)
 */
public record QueryOptions(FilterExpression filter, List<String> select, List<OrderByItem> orderBy, Long top, Long skip,
        boolean count, List<ExpandItem> expand) {

    public static final QueryOptions NONE = new QueryOptions(null, null, List.of(), null, null, false, List.of());

    public QueryOptions {
        orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
        expand = expand == null ? List.of() : List.copyOf(expand);
        select = select == null ? null : List.copyOf(select);
    }
}
