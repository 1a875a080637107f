package io.camel3cx.simulator.odata;

import java.util.List;

/** One {@code $orderby} key: a property path and its direction. */
public record OrderByItem(List<String> path, boolean descending) {

    public String name() {
        return String.join("/", path);
    }
}
