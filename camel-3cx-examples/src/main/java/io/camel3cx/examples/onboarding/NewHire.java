package io.camel3cx.examples.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of the new-hires file: a person to put on the PBX with an extension, a desk phone and a department group.
 *
 * @param row          the row number in the file (the header is row 1), so the report can point back at it
 * @param firstName    first name
 * @param lastName     last name
 * @param email        email address; with the extension it identifies the hire on the PBX
 * @param extension    the extension number to give the user
 * @param deskPhoneMac the desk phone's MAC address as written in the file ({@code 80:5E:C0:1A:20:01},
 *                     {@code 00-15-65-B3-20-04} or {@code 805ec01a2003})
 * @param department   the name of the PBX group (department) the user joins
 */
public record NewHire(int row, String firstName, String lastName, String email, String extension, String deskPhoneMac,
        String department) {

    /**
     * The MAC address the way 3CX stores it: twelve lower-case hex digits without separators. Only separators and
     * case are normalised; anything else stays as written so that the PBX, not this example, judges whether it is a
     * valid MAC address.
     */
    public String mac() {
        return deskPhoneMac.replaceAll("[:\\-. ]", "").toLowerCase(Locale.ROOT);
    }

    /** The columns this row leaves blank, by their header names; empty when the row is complete. */
    public List<String> blankColumns() {
        List<String> blank = new ArrayList<>();
        addIfBlank(blank, "first_name", firstName);
        addIfBlank(blank, "last_name", lastName);
        addIfBlank(blank, "email", email);
        addIfBlank(blank, "extension", extension);
        addIfBlank(blank, "desk_phone_mac", deskPhoneMac);
        addIfBlank(blank, "department", department);
        return blank;
    }

    private static void addIfBlank(List<String> blank, String column, String value) {
        if (value == null || value.isBlank()) {
            blank.add(column);
        }
    }

    /** The name 3CX shows for the user. */
    public String displayName() {
        return firstName + " " + lastName;
    }
}
