package io.camel3cx.simulator.state;

import java.util.Locale;
import java.util.regex.Pattern;

import io.camel3cx.simulator.odata.ODataErrorException;

/** Phone MAC addresses as 3CX takes them: exactly 12 hex digits, no separators. */
final class MacAddresses {

    static final String INVALID = "WARNINGS.XAPI.INVALID_MAC";
    private static final Pattern MAC = Pattern.compile("[0-9a-fA-F]{12}");

    private MacAddresses() {
    }

    static boolean valid(String mac) {
        return mac != null && MAC.matcher(mac).matches();
    }

    /** The MAC in upper case, or a 400 with a details entry for {@code target}. */
    static String require(String mac, String target) {
        if (!valid(mac)) {
            throw new ODataErrorException(400, "", target + ":\n" + INVALID + " ('" + mac
                    + "' is not 12 hex digits, e.g. 001122AABBCC)",
                    java.util.List.of(new ODataErrorException.Detail("", INVALID, target)));
        }
        return mac.toUpperCase(Locale.ROOT);
    }
}
