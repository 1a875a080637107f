package io.camel3cx.simulator.samples;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/**
 * Deterministic primitive values for a property, by its name, type and format. Well-known 3CX names get
 * values a PBX would accept (a MAC address is 12 hex digits, an e-mail address has an {@code @}), so that a
 * sample entity can be posted back unchanged.
 */
final class SampleValues {

    /** The instant samples count from: fixed, so answers never depend on the clock. */
    static final Instant EPOCH = Instant.parse("2025-01-15T09:30:00Z");

    private SampleValues() {
    }

    static String string(String property, String format, int variant) {
        if (format != null) {
            switch (format) {
                case "date-time":
                    return EPOCH.plus(variant, ChronoUnit.DAYS).toString();
                case "date":
                    return EPOCH.plus(variant, ChronoUnit.DAYS).toString().substring(0, 10);
                case "duration":
                    return "PT" + (variant + 1) + "M" + (5 + variant) + "S";
                case "time":
                    return String.format(Locale.ROOT, "%02d:30:00", (8 + variant) % 24);
                case "uuid":
                    return uuid(property, variant);
                case "byte":
                case "binary":
                    return java.util.Base64.getEncoder().encodeToString((property + variant).getBytes(StandardCharsets.UTF_8));
                default:
                    break;
            }
        }
        String name = property == null ? "" : property;
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("macaddress") || lower.equals("mac")) {
            return String.format(Locale.ROOT, "00155D%06X", 0xA00000 + variant);
        }
        if (lower.contains("email")) {
            return "sample" + (variant + 1) + "@example.com";
        }
        if (lower.equals("number") || lower.endsWith("dn") || lower.equals("extension")) {
            return String.valueOf(7000 + variant);
        }
        if (lower.endsWith("url") || lower.endsWith("link")) {
            return "https://pbx.example.com/" + lower + "/" + (variant + 1);
        }
        if (lower.equals("ip") || lower.endsWith("ipv4") || lower.equals("currentlocalip")) {
            return "192.0.2." + (10 + variant);
        }
        return (name.isEmpty() ? "Value" : name) + " " + (variant + 1);
    }

    static String uuid(String property, int variant) {
        return UUID.nameUUIDFromBytes((property + "#" + variant).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static long integer(String format, int variant) {
        return "uint8".equals(format) ? (variant % 200) + 1 : variant + 1L;
    }
}
