package io.camel3cx.codegen;

import java.util.ArrayList;
import java.util.List;

import io.camel3cx.catalog.CatalogData;

/**
 * Everything this module generates, from a catalog and the component's endpoint options, as files in memory. Both
 * {@link GenerateAll} (which writes them) and the staleness tests (which compare them) start here, so they cannot
 * disagree about what "current" means.
 *
 * @param apiMetadata the {@code @ApiParams} classes
 * @param builder     the Java DSL endpoint builder
 * @param docs        the reference pages
 */
public record GeneratedOutputs(Output apiMetadata, Output builder, Output docs) {

    /**
     * One generator's output.
     *
     * @param directory the folder it owns entirely, relative to the repository root (files in it that the generator
     *                  no longer writes are stale)
     * @param files     the files it writes
     */
    public record Output(String name, String directory, List<GeneratedFile> files) {

        public Output {
            files = List.copyOf(files);
            for (GeneratedFile f : files) {
                if (!f.path().startsWith(directory + "/")) {
                    throw new IllegalArgumentException(f.path() + " is outside " + directory);
                }
            }
        }
    }

    public static GeneratedOutputs of(CatalogData catalog, List<EndpointOption> endpointOptions) {
        CatalogUnion union = CatalogUnion.of(catalog);
        return new GeneratedOutputs(
                new Output("tooling metadata", ApiMetadataGenerator.OUTPUT_DIR,
                        new ApiMetadataGenerator(union).generate()),
                new Output("endpoint builder", EndpointBuilderGenerator.OUTPUT_DIR,
                        new EndpointBuilderGenerator(union, endpointOptions).generate()),
                new Output("reference docs", ReferenceDocsGenerator.OUTPUT_DIR,
                        new ReferenceDocsGenerator(union).generate()));
    }

    public List<Output> all() {
        return List.of(apiMetadata, builder, docs);
    }

    public List<GeneratedFile> files() {
        List<GeneratedFile> out = new ArrayList<>();
        all().forEach(o -> out.addAll(o.files()));
        return out;
    }
}
