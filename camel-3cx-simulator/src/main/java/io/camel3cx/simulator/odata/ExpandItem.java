package io.camel3cx.simulator.odata;

import java.util.List;

/**
 * One {@code $expand} item with the nested options the simulator supports:
 * {@code Groups($select=GroupId,Name;$expand=Rights)}.
 *
 * @param property the property to expand
 * @param select   nested {@code $select}, or null for all properties
 * @param expand   nested {@code $expand} items
 */
public record ExpandItem(String property, List<String> select, List<ExpandItem> expand) {
}
