package io.camel3cx.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.catalog.ReleaseVersion;

/**
 * One URI operation ({@code users/reprovisionPhone}) across every bundled release: all its distinct definitions and
 * the union of their options. The builder and the tooling metadata offer the union, because a route may target any
 * bundled release; the docs show what differs per release.
 *
 * @param resource    the URI resource
 * @param name        the URI operation
 * @param definitions the distinct definitions, oldest release first
 */
public record OperationUnion(String resource, String name, List<Operation> definitions) {

    public OperationUnion {
        if (definitions.isEmpty()) {
            throw new IllegalArgumentException("Operation " + resource + "/" + name + " has no definition");
        }
        List<Operation> sorted = new ArrayList<>(definitions);
        sorted.sort((a, b) -> ReleaseVersion.compare(a.releases().get(0), b.releases().get(0)));
        definitions = List.copyOf(sorted);
    }

    /** The definition of the newest release that has the operation. */
    public Operation newest() {
        return definitions.get(definitions.size() - 1);
    }

    /** Every release that has the operation, oldest first. */
    public List<String> releases() {
        List<String> out = new ArrayList<>();
        definitions.forEach(d -> out.addAll(d.releases()));
        out.sort(ReleaseVersion.ORDER);
        return out;
    }

    /**
     * The options of every definition, in the newest definition's order followed by options only older releases
     * had.
     */
    public List<OptionUnion> options() {
        Map<String, List<OptionUnion.Occurrence>> byName = new LinkedHashMap<>();
        for (int i = definitions.size() - 1; i >= 0; i--) {
            for (OperationParameter p : definitions.get(i).options()) {
                byName.computeIfAbsent(p.name(), k -> new ArrayList<>());
            }
        }
        for (Operation def : definitions) {
            for (OperationParameter p : def.options()) {
                byName.get(p.name()).add(new OptionUnion.Occurrence(p, def));
            }
        }
        List<OptionUnion> out = new ArrayList<>();
        byName.forEach((n, occ) -> out.add(new OptionUnion(n, occ)));
        return out;
    }

    /** The distinct {@code METHOD path} forms with the releases that use each, oldest first. */
    public Map<String, List<String>> httpForms() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Operation def : definitions) {
            out.computeIfAbsent(def.method() + " " + def.path(), k -> new ArrayList<>()).addAll(def.releases());
        }
        out.values().forEach(l -> l.sort(ReleaseVersion.ORDER));
        return out;
    }

    /** The summaries of the definitions, newest first, without repeats. */
    public Set<String> summaries() {
        Set<String> out = new LinkedHashSet<>();
        for (int i = definitions.size() - 1; i >= 0; i--) {
            String s = definitions.get(i).summary();
            if (s != null && !s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
