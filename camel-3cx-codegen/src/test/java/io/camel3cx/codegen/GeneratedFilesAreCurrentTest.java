package io.camel3cx.codegen;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camel3cx.catalog.CatalogData;
import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.XapiCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The checked-in tooling metadata, builder and reference docs are exactly what the generators write from the bundled
 * catalog now; and this check notices when the catalog changes without a regeneration.
 */
class GeneratedFilesAreCurrentTest {

    private static GeneratedOutputs current;
    private static OutputTree checkedIn;

    @BeforeAll
    static void generate() {
        current = GeneratedOutputs.of(XapiCatalog.bundled().data(), ComponentJson
                .fromClasspath(GeneratedFilesAreCurrentTest.class.getClassLoader()).endpointOptions());
        checkedIn = new OutputTree(RepositoryRoot.path());
    }

    @Test
    void toolingMetadataIsCurrent() throws IOException {
        assertCurrent(current.apiMetadata());
    }

    @Test
    void endpointBuilderIsCurrent() throws IOException {
        assertCurrent(current.builder());
    }

    @Test
    void referenceDocsAreCurrent() throws IOException {
        assertCurrent(current.docs());
    }

    private static void assertCurrent(GeneratedOutputs.Output output) throws IOException {
        List<String> differences = checkedIn.differences(output);
        if (!differences.isEmpty()) {
            fail("The checked-in " + output.name() + " in " + output.directory() + " is not what the generator writes"
                    + " from the bundled catalog (" + differences.size() + " files differ, first: "
                    + differences.get(0) + "). Regenerate: " + GeneratedMarker.COMMAND);
        }
    }

    @Test
    void aChangedCatalogMakesEveryOutputStale() throws IOException {
        CatalogData bundled = XapiCatalog.bundled().data();
        // The newest release renames one summary and gains one operation: as if the catalog was regenerated from a
        // new description but nobody ran the codegen.
        List<Operation> ops = new ArrayList<>();
        for (Operation op : bundled.operations()) {
            if (op.resource().equals("users") && op.name().equals("reprovisionPhone")) {
                ops.add(new Operation(op.resource(), op.tag(), op.name(), op.operationId(), op.method(), op.path(),
                        "Reprovision a phone (changed)", op.description(), op.parameters(), op.body(), op.response(),
                        op.releases()));
            } else {
                ops.add(op);
            }
        }
        Operation template = bundled.operations().stream()
                .filter(o -> o.resource().equals("users") && o.name().equals("getPhoneRegistrar"))
                .findFirst().orElseThrow();
        ops.add(new Operation("users", "Users", "getPhoneRegistrarV2", "GetPhoneRegistrarV2", "GET",
                "/Users/Pbx.GetPhoneRegistrarV2(mac={mac})", "Invoke function GetPhoneRegistrarV2", null,
                template.parameters(), null, template.response(), List.of(bundled.releases().get(
                        bundled.releases().size() - 1))));
        CatalogData changed = new CatalogData(bundled.generator(), bundled.releases(), ops, bundled.schemas());
        GeneratedOutputs stale = GeneratedOutputs.of(changed, ComponentJson
                .fromClasspath(getClass().getClassLoader()).endpointOptions());

        Map<GeneratedOutputs.Output, String> usersFile = Map.of(
                stale.apiMetadata(), "/UsersApiConfiguration.java",
                stale.builder(), "/UsersEndpoints.java",
                stale.docs(), "/users.md");
        usersFile.forEach((output, file) -> {
            List<String> differences;
            try {
                differences = checkedIn.differences(output);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertFalse(differences.isEmpty(), output.name() + " did not notice the changed catalog");
            assertTrue(differences.stream().anyMatch(d -> d.startsWith("changed: " + output.directory() + file)),
                    output.name() + ": " + differences);
        });
        // The users files change; every other resource's do not.
        assertEquals(List.of("changed: " + ApiMetadataGenerator.OUTPUT_DIR + "/UsersApiConfiguration.java"),
                checkedIn.differences(stale.apiMetadata()).stream().map(d -> d.replaceAll(" \\(line.*", "")).toList());
    }

    @Test
    void aRemovedResourceLeavesAStaleFileThatIsReported() throws IOException {
        CatalogData bundled = XapiCatalog.bundled().data();
        List<Operation> ops = bundled.operations().stream().filter(o -> !o.resource().equals("websiteLinks")).toList();
        CatalogData changed = new CatalogData(bundled.generator(), bundled.releases(), ops, bundled.schemas());
        GeneratedOutputs stale = GeneratedOutputs.of(changed, List.of());

        List<String> differences = checkedIn.differences(stale.docs());
        assertTrue(differences.contains("no longer generated: docs/reference/websiteLinks.md"), differences.toString());
    }
}
