package io.camel3cx.catalog;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.camel3cx.catalog.generator.CatalogGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

class CatalogIsUpToDateTest {

    @Test
    void checkedInCatalogIsWhatTheGeneratorWritesFromTheOfficialDescriptions() throws Exception {
        Path specs = SpecFiles.folderOrSkip();
        String regenerated = CatalogGenerator.generate(specs);
        String checkedIn;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(XapiCatalog.RESOURCE)) {
            assertNotNull(in, "bundled catalog missing");
            checkedIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!regenerated.equals(checkedIn)) {
            fail("The checked-in " + XapiCatalog.RESOURCE + " differs from what the generator writes from " + specs
                    + ". Regenerate it: mvn -pl camel-3cx-catalog -Pregenerate process-classes");
        }
        assertEquals(regenerated, checkedIn);
    }
}
