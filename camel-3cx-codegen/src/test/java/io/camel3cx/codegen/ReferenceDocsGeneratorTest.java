package io.camel3cx.codegen;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.ValueType;
import io.camel3cx.catalog.XapiCatalog;
import org.junit.jupiter.api.Test;

import static io.camel3cx.catalog.ParameterLocation.PATH;
import static io.camel3cx.catalog.ParameterLocation.QUERY;
import static io.camel3cx.codegen.SyntheticCatalog.op;
import static io.camel3cx.codegen.SyntheticCatalog.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceDocsGeneratorTest {

    @Test
    void everyOperationOfEveryReleaseHasItsSectionOnItsResourcePage() {
        XapiCatalog catalog = XapiCatalog.bundled();
        CatalogUnion union = CatalogUnion.of(catalog.data());
        Map<String, String> pages = new ReferenceDocsGenerator(union).generate().stream()
                .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
        assertEquals(union.resources().size() + 1, pages.size());
        String index = pages.get("docs/reference/index.md");
        for (String release : catalog.releases()) {
            int ops = catalog.release(release).operations().size();
            int resources = catalog.release(release).resources().size();
            assertTrue(index.contains("| " + release + " | " + resources + " | " + ops + " |"), release);
            for (Operation op : catalog.release(release).operations()) {
                String page = pages.get("docs/reference/" + op.resource() + ".md");
                assertTrue(index.contains("[`" + op.resource() + "`](" + op.resource() + ".md)"), op.resource());
                int at = page.indexOf("\n## " + op.name() + "\n");
                assertTrue(at >= 0, op.key() + " has no section");
                int end = page.indexOf("\n## ", at + 1);
                String section = page.substring(at, end < 0 ? page.length() : end);
                assertTrue(section.contains("`" + op.method() + " " + op.path().replace("|", "\\|") + "`"),
                        op.key() + " " + release + " lacks its HTTP form");
                for (var p : op.options()) {
                    assertTrue(section.contains("| `" + p.name() + "` |"), op.key() + " lacks option " + p.name());
                }
            }
        }
    }

    @Test
    void changesBetweenReleasesAreSpelledOutAndCellsStayInTheirColumns() {
        CatalogUnion union = CatalogUnion.of(SyntheticCatalog.of(
                op("users", "getByNumber", "Get by number",
                        List.of(param("number", PATH, ValueType.STRING, true, "Number | or\nname")),
                        null, List.of("20.0.5", "20.0.6")),
                new Operation("users", "Users", "getByNumber", "GetByNumber", "GET", "/Users(Number={number})",
                        "Get by number", null, List.of(param("number", PATH, ValueType.STRING, false,
                        "Number | or\nname"), param("select", QUERY, ValueType.STRING, false, null)), null,
                        new io.camel3cx.catalog.ResponseSpec(io.camel3cx.catalog.ResponseKind.NONE, 204, null),
                        List.of("20.0.7"))));
        String page = new ReferenceDocsGenerator(union).page(union.resources().get(0));

        assertTrue(page.contains("""
                - URI: `threecx:users/getByNumber?number=<number>`
                - HTTP, changed between releases:
                  - `GET /Users/Pbx.GetByNumber` in 20.0.5, 20.0.6
                  - `GET /Users(Number={number})` in 20.0.7
                - Releases: 20.0.5 to 20.0.7
                """), page);
        assertTrue(page.contains("| `number` | path `number` | string | in 20.0.5, 20.0.6 | no | Number \\| or name. |\n"),
                page);
        assertTrue(page.contains("| `select` | query `select` | string | no | no | Query option select. Only in 20.0.7. |\n"),
                page);
    }
}
