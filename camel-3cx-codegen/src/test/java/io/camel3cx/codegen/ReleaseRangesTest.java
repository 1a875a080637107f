package io.camel3cx.codegen;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReleaseRangesTest {

    private static final List<String> ALL = List.of("20.0.5", "20.0.6", "20.0.7", "20.0.8", "20.0.9", "20.0.10");

    @Test
    void describesRunsInCatalogOrder() {
        assertEquals("20.0.5 to 20.0.10", ReleaseRanges.describe(ALL, ALL));
        assertEquals("20.0.6, 20.0.7", ReleaseRanges.describe(List.of("20.0.7", "20.0.6"), ALL));
        assertEquals("20.0.5 to 20.0.7, 20.0.9", ReleaseRanges.describe(List.of("20.0.5", "20.0.6", "20.0.7",
                "20.0.9"), ALL));
        assertEquals("20.0.10", ReleaseRanges.describe(List.of("20.0.10"), ALL));
        assertEquals("", ReleaseRanges.describe(List.of(), ALL));
    }

    @Test
    void aReleaseTheCatalogDoesNotHaveIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReleaseRanges.describe(List.of("20.0.4"), ALL));
        assertEquals("Release 20.0.4 is not one of the catalog's releases " + ALL, e.getMessage());
    }
}
