package io.camel3cx.simulator.odata;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Shapes an entity for the wire: navigation properties are left out unless expanded, {@code $select}
 * keeps only the named properties (expanded ones stay), nested expand options apply to expanded items.
 */
public final class EntityProjection {

    private EntityProjection() {
    }

    /** Projects {@code entity} in place and returns it. */
    public static ObjectNode project(ObjectNode entity, List<String> select, List<ExpandItem> expand,
            Set<String> navigations) {
        Set<String> expanded = new HashSet<>();
        for (ExpandItem e : expand) {
            expanded.add(e.property());
        }
        if (navigations != null) {
            for (String nav : navigations) {
                if (!expanded.contains(nav)) {
                    entity.remove(nav);
                }
            }
        }
        if (select != null && !select.contains("*")) {
            Iterator<String> names = entity.fieldNames();
            Set<String> drop = new HashSet<>();
            while (names.hasNext()) {
                String n = names.next();
                if (!select.contains(n) && !expanded.contains(n) && !n.startsWith("@odata.")) {
                    drop.add(n);
                }
            }
            entity.remove(drop);
        }
        for (ExpandItem e : expand) {
            JsonNode value = entity.get(e.property());
            if (value == null) {
                continue;
            }
            if (value.isArray()) {
                value.forEach(item -> {
                    if (item.isObject()) {
                        project((ObjectNode) item, e.select(), e.expand(), null);
                    }
                });
            } else if (value.isObject()) {
                project((ObjectNode) value, e.select(), e.expand(), null);
            }
        }
        return entity;
    }
}
