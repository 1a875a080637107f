package io.camel3cx.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.camel3cx.catalog.CatalogData;
import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.ReleaseVersion;

/**
 * The bundled catalog seen as the union of its releases: every resource and operation any release has, each with all
 * of its definitions. Sorted by name throughout, so generated output does not depend on catalog order.
 *
 * @param releases  the catalog's releases, oldest first
 * @param resources every resource, sorted by name
 */
public record CatalogUnion(List<String> releases, List<ResourceUnion> resources) {

    public CatalogUnion {
        releases = List.copyOf(releases);
        resources = List.copyOf(resources);
    }

    public static CatalogUnion of(CatalogData data) {
        // resource -> operation -> definitions
        Map<String, Map<String, List<Operation>>> grouped = new TreeMap<>();
        for (Operation op : data.operations()) {
            grouped.computeIfAbsent(op.resource(), k -> new TreeMap<>())
                    .computeIfAbsent(op.name(), k -> new ArrayList<>())
                    .add(op);
        }
        List<ResourceUnion> resources = new ArrayList<>();
        grouped.forEach((resource, ops) -> {
            List<OperationUnion> unions = new ArrayList<>();
            ops.forEach((name, defs) -> unions.add(new OperationUnion(resource, name, defs)));
            String tag = unions.stream()
                    .map(OperationUnion::newest)
                    .max((a, b) -> ReleaseVersion.compare(
                            a.releases().get(a.releases().size() - 1), b.releases().get(b.releases().size() - 1)))
                    .orElseThrow()
                    .tag();
            resources.add(new ResourceUnion(resource, tag, unions));
        });
        return new CatalogUnion(data.releases(), resources);
    }

    public int operationCount() {
        return resources.stream().mapToInt(r -> r.operations().size()).sum();
    }
}
