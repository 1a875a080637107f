package io.camel3cx.codegen;

import java.util.ArrayList;
import java.util.List;

import io.camel3cx.catalog.ReleaseVersion;

/**
 * One URI resource ({@code users}) across every bundled release.
 *
 * @param name       the URI resource
 * @param tag        the spec tag of its newest definition ({@code Users})
 * @param operations its operations, sorted by name
 */
public record ResourceUnion(String name, String tag, List<OperationUnion> operations) {

    public ResourceUnion {
        operations = List.copyOf(operations);
    }

    /** Every release that has at least one operation of the resource, oldest first. */
    public List<String> releases() {
        List<String> out = new ArrayList<>();
        for (OperationUnion op : operations) {
            for (String r : op.releases()) {
                if (!out.contains(r)) {
                    out.add(r);
                }
            }
        }
        out.sort(ReleaseVersion.ORDER);
        return out;
    }
}
