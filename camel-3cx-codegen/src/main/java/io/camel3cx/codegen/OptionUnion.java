package io.camel3cx.codegen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.catalog.ParameterLocation;
import io.camel3cx.catalog.ReleaseVersion;
import io.camel3cx.catalog.ValueType;

/**
 * One option name of an operation across every release that defines the operation. The same name can change its
 * type between releases ({@code $top} is Int32 up to 20.0.8 and Int64 after) and, in a few operations, appear twice
 * in one definition (a function parameter {@code top} next to the query option {@code $top}); every occurrence is
 * kept so the generators can say so.
 *
 * @param name        the option name used in URIs
 * @param occurrences each parameter definition with the operation definition it belongs to, oldest release first
 */
public record OptionUnion(String name, List<Occurrence> occurrences) {

    /** One definition of the option inside one operation definition. */
    public record Occurrence(OperationParameter parameter, Operation definition) {
    }

    public OptionUnion {
        occurrences = List.copyOf(occurrences);
    }

    /** The declared types, oldest release first, without repeats. */
    public Set<ValueType> types() {
        Set<ValueType> out = new LinkedHashSet<>();
        occurrences.forEach(o -> out.add(o.parameter().type()));
        return out;
    }

    /** Where the value travels, oldest release first, without repeats. */
    public Set<ParameterLocation> locations() {
        Set<ParameterLocation> out = new LinkedHashSet<>();
        occurrences.forEach(o -> out.add(o.parameter().location()));
        return out;
    }

    /** The wire names ({@code $top}, {@code top}), without repeats. */
    public Set<String> specNames() {
        Set<String> out = new LinkedHashSet<>();
        occurrences.forEach(o -> out.add(o.parameter().specName()));
        return out;
    }

    /**
     * Required only when every definition of the operation has it and requires it: a route written for a release
     * that does not know the option must not be told it is mandatory.
     *
     * @param operation the operation this option belongs to
     */
    public boolean required(OperationUnion operation) {
        for (Operation def : operation.definitions()) {
            boolean requiredHere = occurrences.stream()
                    .anyMatch(o -> o.definition() == def && o.parameter().required());
            if (!requiredHere) {
                return false;
            }
        }
        return true;
    }

    public boolean nullable() {
        return occurrences.stream().anyMatch(o -> o.parameter().nullable());
    }

    public boolean collection() {
        return occurrences.stream().anyMatch(o -> o.parameter().collection());
    }

    /** The newest non-empty spec description, or null when no release describes the option. */
    public String description() {
        for (int i = occurrences.size() - 1; i >= 0; i--) {
            String d = occurrences.get(i).parameter().description();
            if (d != null && !d.isBlank()) {
                return d.strip();
            }
        }
        return null;
    }

    /** The releases whose definition of the operation has the option, oldest first. */
    public List<String> releases() {
        Set<String> out = new LinkedHashSet<>();
        occurrences.forEach(o -> out.addAll(o.definition().releases()));
        List<String> sorted = new ArrayList<>(out);
        sorted.sort(ReleaseVersion.ORDER);
        return sorted;
    }
}
