package io.camel3cx.examples.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.camel3cx.examples.ExampleFiles;

class NewHireCsvTest {

    @Test
    void theBundledFileHasFiftyVariedRows() {
        List<NewHire> hires = NewHireCsv.parse(ExampleFiles.read(null, OnboardingJob.BUNDLED_FILE));

        assertEquals(50, hires.size());
        assertEquals(new NewHire(2, "Amelia", "Hughes", "amelia.hughes@example.com", "201", "80:5E:C0:1A:20:01",
                "Sales"), hires.get(0));
        assertEquals(51, hires.get(49).row());
        assertEquals(Set.of("Sales", "Support", "Marketing", "Finance", "Engineering", "Facilities"),
                hires.stream().map(NewHire::department).collect(Collectors.toSet()));
        assertEquals(List.of(), hires.stream().filter(h -> !h.blankColumns().isEmpty()).toList());
    }

    @Test
    void macAddressesLoseOnlyTheirSeparatorsAndCase() {
        assertEquals("805ec01a2001", hire("80:5E:C0:1A:20:01").mac());
        assertEquals("001565b32004", hire("00-15-65-B3-20-04").mac());
        assertEquals("0c383e7a2005", hire("0C383E.7A20.05").mac());
        // Not repaired: the PBX judges it.
        assertEquals("805ec01a204g", hire("80:5E:C0:1A:20:4G").mac());
    }

    @Test
    void quotedFieldsAndBlankValuesAreKept() {
        List<NewHire> hires = NewHireCsv.parse("email,first_name,last_name,extension,desk_phone_mac,department,notes\n"
                + "\"d.smith@example.com\",\"Smith, Jr.\",Doe,300,805EC0000300,Sales,ignored\n"
                + "x@example.com,,Blank,301,805EC0000301,\n");

        assertEquals("Smith, Jr.", hires.get(0).firstName());
        assertEquals(List.of("first_name", "department"), hires.get(1).blankColumns());
        assertEquals(3, hires.get(1).row());
    }

    @Test
    void aMissingColumnFailsTheFileAndNamesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NewHireCsv.parse("first_name,last_name,email,extension,department\nA,B,a@b.c,1,Sales\n"));

        assertEquals("The new-hires file lacks the column(s) [desk_phone_mac]; its header must name"
                + " first_name,last_name,email,extension,desk_phone_mac,department (it names"
                + " [first_name, last_name, email, extension, department])", e.getMessage());
    }

    private static NewHire hire(String mac) {
        return new NewHire(2, "A", "B", "a@example.com", "1", mac, "Sales");
    }
}
