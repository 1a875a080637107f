package io.camel3cx.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camel3cx.simulator.ThreeCxSimulator;

/**
 * What the command line and the environment ask for: which example, which PBX, which input and output.
 * <p>
 * The PBX, first match wins: {@code --simulator-url} (or {@code THREECX_SIMULATOR_URL}) for a simulator that is
 * already running; {@code THREECX_BASE_URL} with {@code THREECX_CLIENT_ID} and {@code THREECX_CLIENT_SECRET} for a
 * real PBX; otherwise the example starts a simulator of its own.
 *
 * @param example      the example to run
 * @param pbx          the PBX to use, or null to start an embedded simulator
 * @param input        the input file instead of the bundled one, or null
 * @param outputDir    where reports and exports are written
 * @param once         onboarding: one pass only (the default is a second pass that must create nothing)
 * @param periodFrom   call-log export: start of the period, or null for the default
 * @param periodTo     call-log export: end of the period, or null for the default
 */
public record ExampleOptions(Example example, PbxTarget pbx, Path input, Path outputDir, boolean once,
        OffsetDateTime periodFrom, OffsetDateTime periodTo) {

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: ExamplesMain [--example onboarding|reprovision|calllog-export] [options]",
            "  --example NAME            the example (default: system property 'example', else onboarding)",
            "  --simulator-url URL       use a running simulator (env THREECX_SIMULATOR_URL)",
            "  --client-id ID            its client id (default " + ThreeCxSimulator.DEFAULT_CLIENT_ID + ")",
            "  --client-secret SECRET    its client secret (env THREECX_CLIENT_SECRET)",
            "  --trust-store FILE        PKCS12 trust store for an HTTPS simulator (as its banner prints)",
            "  --trust-store-password P  the trust store's password",
            "  --file FILE               input: new-hires CSV (onboarding) or MAC list (reprovision)",
            "  --output DIR              where reports and exports go (default examples-output)",
            "  --once                    onboarding: one pass, no re-run",
            "  --from T --to T           call-log period: ISO-8601 date-times with offset, or UTC days such as"
                + " 2025-06-30",
            "                            (default: the simulator's log day 2025-06-30; yesterday on a PBX)",
            "A real PBX: set THREECX_BASE_URL, THREECX_CLIENT_ID, THREECX_CLIENT_SECRET (and THREECX_API_VERSION).");

    /** Reads arguments and environment; any mistake is an {@link IllegalArgumentException} that says what is wrong. */
    public static ExampleOptions parse(String[] args, Map<String, String> env, String exampleProperty) {
        String example = exampleProperty == null || exampleProperty.isBlank() ? "onboarding" : exampleProperty;
        String simulatorUrl = blankToNull(env.get("THREECX_SIMULATOR_URL"));
        String clientId = null;
        String clientSecret = null;
        String trustStore = null;
        String trustStorePassword = null;
        Path input = null;
        Path output = Path.of("examples-output");
        boolean once = false;
        OffsetDateTime from = null;
        OffsetDateTime to = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--example" -> example = value(args, ++i, flag);
                case "--simulator-url" -> simulatorUrl = value(args, ++i, flag);
                case "--client-id" -> clientId = value(args, ++i, flag);
                case "--client-secret" -> clientSecret = value(args, ++i, flag);
                case "--trust-store" -> trustStore = value(args, ++i, flag);
                case "--trust-store-password" -> trustStorePassword = value(args, ++i, flag);
                case "--file" -> input = Path.of(value(args, ++i, flag));
                case "--output" -> output = Path.of(value(args, ++i, flag));
                case "--once" -> once = true;
                case "--from" -> from = dateTime(flag, value(args, ++i, flag), false);
                case "--to" -> to = dateTime(flag, value(args, ++i, flag), true);
                default -> throw new IllegalArgumentException("Unknown option '" + flag + "'");
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        PbxTarget pbx = simulatorUrl != null
                ? runningSimulator(simulatorUrl, clientId, clientSecret != null ? clientSecret
                        : blankToNull(env.get("THREECX_CLIENT_SECRET")), trustStore, trustStorePassword)
                : realPbx(env);
        return new ExampleOptions(Example.byId(example), pbx, input, output, once, from, to);
    }

    private static PbxTarget runningSimulator(String url, String clientId, String clientSecret, String trustStore,
            String trustStorePassword) {
        if (clientSecret == null) {
            throw new IllegalArgumentException("The simulator at " + url + " needs its client secret: --client-secret"
                    + " or THREECX_CLIENT_SECRET (start it with --client-secret to choose one; else its banner prints it)");
        }
        if (url.startsWith("https:") && trustStore == null) {
            throw new IllegalArgumentException("The simulator at " + url + " speaks HTTPS with a self-signed"
                    + " certificate: pass --trust-store and --trust-store-password as its banner prints them");
        }
        return new PbxTarget("simulator at " + url, url,
                clientId != null ? clientId : ThreeCxSimulator.DEFAULT_CLIENT_ID, clientSecret, null,
                trustStore == null ? null : TrustStores.trusting(Path.of(trustStore), trustStorePassword), true);
    }

    private static PbxTarget realPbx(Map<String, String> env) {
        String baseUrl = blankToNull(env.get("THREECX_BASE_URL"));
        if (baseUrl == null) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        for (String name : List.of("THREECX_CLIENT_ID", "THREECX_CLIENT_SECRET")) {
            if (blankToNull(env.get(name)) == null) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("THREECX_BASE_URL is set, so the examples call that PBX, but "
                    + String.join(" and ", missing) + " " + (missing.size() == 1 ? "is" : "are") + " not set:"
                    + " they are the id and secret of an API client (3CX admin console: Integrations > API)");
        }
        return new PbxTarget("3CX PBX at " + baseUrl, baseUrl, env.get("THREECX_CLIENT_ID"),
                env.get("THREECX_CLIENT_SECRET"), blankToNull(env.get("THREECX_API_VERSION")), null, false);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException("Option " + flag + " needs a value");
        }
        return args[i];
    }

    /**
     * A date-time with offset, or a date alone: a UTC day, from its start ({@code --from}) or to its end
     * ({@code --to}), so that {@code --from 2025-06-30 --to 2025-06-30} is that whole day.
     */
    private static OffsetDateTime dateTime(String flag, String text, boolean endOfDay) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notADateTime) {
            try {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notADate) {
                throw new IllegalArgumentException(flag + " needs an ISO-8601 date-time with offset, such as"
                        + " 2025-06-30T00:00:00Z, or a date (a UTC day) such as 2025-06-30, not '" + text + "'");
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
