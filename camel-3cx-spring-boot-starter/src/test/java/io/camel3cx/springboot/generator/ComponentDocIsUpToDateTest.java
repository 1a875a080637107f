package io.camel3cx.springboot.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** docs/threecx-component.md lists the options and headers the component has now, with their descriptions. */
class ComponentDocIsUpToDateTest {

    @Test
    void tablesMatchTheComponentDescription() throws Exception {
        String page = Files.readString(ComponentDocTables.PAGE);
        for (String section : new String[] { "component-options", "endpoint-path", "endpoint-options",
                "spring-boot-options", "headers" }) {
            assertTrue(page.contains("<!-- generated:" + section + ":begin -->"), "section " + section + " missing");
        }
        assertEquals(ComponentDocTables.fill(page, ComponentModel.load()), page,
                "docs/threecx-component.md is stale: regenerate its tables with"
                + " mvn -pl camel-3cx-spring-boot-starter -am -Pregenerate-starter process-test-classes");
    }

    @Test
    void everyComponentOptionIsDocumented() throws Exception {
        String page = Files.readString(ComponentDocTables.PAGE);
        for (ComponentModel.Option option : ComponentModel.load().componentOptions()) {
            assertTrue(page.contains("| `" + option.name() + "` |"), option.name() + " is not in the page");
        }
    }

    @Test
    void anUnknownSectionIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ComponentDocTables.fill("<!-- generated:nope:begin -->\n<!-- generated:nope:end -->",
                        ComponentModel.load()));
        assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
    }
}
