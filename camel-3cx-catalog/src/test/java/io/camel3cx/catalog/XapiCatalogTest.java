package io.camel3cx.catalog;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XapiCatalogTest {

    private final XapiCatalog catalog = XapiCatalog.bundled();

    @ParameterizedTest
    @CsvSource({"20.0.5,531,119", "20.0.6,547,123", "20.0.7,548,124", "20.0.8,571,126", "20.0.9,590,129",
            "20.0.10,601,132"})
    void everyReleaseHasItsOperationsAndResources(String release, int operations, int resources) {
        OperationCatalog c = catalog.release(release);
        assertEquals(operations, c.operations().size());
        assertEquals(resources, c.resources().size());
    }

    @Test
    void optionNamesAreTheUnionOverEveryReleaseFoundInAnyCase() {
        var names = XapiCatalog.bundled().optionNames();
        assertTrue(names.contains("filter") && names.contains("MAC") && names.contains("periodFrom"), names::toString);
        assertFalse(names.contains("fitler"));
        long distinct = XapiCatalog.bundled().data().operations().stream().flatMap(o -> o.options().stream())
                .map(o -> o.name().toLowerCase(java.util.Locale.ROOT)).distinct().count();
        assertEquals(distinct, names.size());
    }

    @Test
    void newestReleaseIsTheDefault() {
        assertEquals("20.0.10", catalog.newestRelease());
    }

    @Test
    void reprovisionPhoneIsAnActionWithAMacBodyProperty() {
        Operation op = catalog.release("20.0.10").resolve("USERS", "ReprovisionPhone");
        assertEquals("POST", op.method());
        assertEquals("/Users/Pbx.ReprovisionPhone", op.path());
        assertEquals(BodyKind.ACTION, op.body().kind());
        assertEquals("mac", op.body().properties().get(0).name());
        assertEquals(ResponseKind.NONE, op.response().kind());
    }

    @Test
    void getUserByNumberMovedIn2008() {
        assertEquals("/Users/Pbx.GetByNumber(number={number})",
                catalog.release("20.0.7").resolve("users", "getUserByNumber").path());
        assertEquals("/Users(Number={Number})", catalog.release("20.0.8").resolve("users", "getUserByNumber").path());
    }

    @Test
    void getCallLogExistsOnlyIn2006And2007() {
        assertEquals(List.of("20.0.6", "20.0.7"), catalog.releasesHaving("users", "getCallLog"));
        assertTrue(catalog.release("20.0.10").find("users", "getCallLog").isEmpty());
    }

    @Test
    void unknownNamesSuggestTheClosest() {
        UnknownNameException e = assertThrows(UnknownNameException.class,
                () -> catalog.release("20.0.10").resolve("user", "listUser"));
        assertTrue(e.getSuggestions().contains("users"), e.getMessage());
        e = assertThrows(UnknownNameException.class,
                () -> catalog.release("20.0.10").resolve("users", "reprovisionPhon"));
        assertEquals("reprovisionPhone", e.getSuggestions().get(0), e.getMessage());
        e = assertThrows(UnknownNameException.class, () -> catalog.release("20.0.99"));
        assertTrue(e.getMessage().contains("20.0.10"), e.getMessage());
    }

    @Test
    void collectionsAndEntitiesAreTold() {
        OperationCatalog c = catalog.release("20.0.10");
        assertEquals(ResponseKind.COLLECTION, c.resolve("users", "listUser").response().kind());
        assertEquals(ResponseKind.ENTITY, c.resolve("users", "getUser").response().kind());
        assertEquals(ResponseKind.NONE, c.resolve("users", "updateUser").response().kind());
        SchemaShape user = c.schema("Pbx.User");
        assertFalse(user.properties().isEmpty());
        // allOf inheritance is merged: Pbx.User extends Pbx.ClickToCall
        Map<String, SchemaShape> props = user.properties();
        assertTrue(props.containsKey("EmailAddress") && props.containsKey("Number"), props.keySet().toString());
    }

    @ParameterizedTest
    @CsvSource({"Users,users", "ActiveCalls,activeCalls", "CDRSettings,cdrSettings", "DNProperties,dnProperties",
            "E164Settings,e164Settings", "ReportCallLogData,reportCallLogData", "AISettings,aiSettings"})
    void resourceNames(String tag, String resource) {
        assertEquals(resource, Names.resourceName(tag));
    }

    @ParameterizedTest
    @CsvSource({"Id,id", "$orderby,orderBy", "If-Match,ifMatch", "$filter,filter", "periodFrom,periodFrom"})
    void optionNames(String spec, String option) {
        assertEquals(option, Names.optionName(spec));
    }

    @Test
    void optionNamesAreUniqueWithinEveryOperation() {
        for (String release : catalog.releases()) {
            for (Operation op : catalog.release(release).operations()) {
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (OperationParameter p : op.options()) {
                    assertTrue(seen.add(p.name().toLowerCase(java.util.Locale.ROOT)),
                            release + " " + op.key() + " has option " + p.name() + " twice");
                }
            }
        }
        // 20.0.5's GetLogs has a function parameter top and the query option $top: the query option keeps its wire name
        Operation logs = catalog.release("20.0.5").resolve("activityLog", "getLogs");
        assertTrue(logs.options().stream().anyMatch(p -> p.name().equals("top") && p.location() == ParameterLocation.PATH));
        assertTrue(logs.options().stream().anyMatch(p -> p.name().equals("$top") && p.location() == ParameterLocation.QUERY));
    }
}
