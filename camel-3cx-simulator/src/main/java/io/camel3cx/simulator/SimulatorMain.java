package io.camel3cx.simulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a simulator from the command line until the process is killed:
 * {@code java -jar camel-3cx-simulator-<version>-standalone.jar --port 8443 --https}.
 */
public final class SimulatorMain {

    private static final String USAGE = String.join(System.lineSeparator(),
            "Usage: SimulatorMain [options]",
            "  --port N             port on 127.0.0.1 (default 0 = any free port)",
            "  --https              serve HTTPS with a generated self-signed certificate",
            "  --api-version V      3CX release to simulate, e.g. 20.0.10 (default newest bundled)",
            "  --client-id X        accepted client id (default camel-3cx)",
            "  --client-secret Y    accepted client secret (default random, printed at start)",
            "  --seed N             seed of the generated data (default 42)",
            "  --call-log-rows N    rows of the generated call log (default 1000)",
            "  --help               this text");

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        ThreeCxSimulator.Builder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (builder == null) {
            System.out.println(USAGE);
            return;
        }
        ThreeCxSimulator sim = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close, "3cx-simulator-shutdown"));
        printBanner(sim, System.out);
        new CountDownLatch(1).await();
    }

    /** The configured builder, or null for {@code --help}. */
    static ThreeCxSimulator.Builder parse(String[] args) {
        ThreeCxSimulator.Builder b = ThreeCxSimulator.builder();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--https" -> b.https(true);
                case "--port" -> b.port(intValue(flag, value(args, ++i, flag)));
                case "--api-version" -> b.apiVersion(value(args, ++i, flag));
                case "--client-id" -> b.clientId(value(args, ++i, flag));
                case "--client-secret" -> b.clientSecret(value(args, ++i, flag));
                case "--seed" -> b.seed(longValue(flag, value(args, ++i, flag)));
                case "--call-log-rows" -> b.callLogRows(longValue(flag, value(args, ++i, flag)));
                default -> throw new IllegalArgumentException("Unknown option '" + flag + "'");
            }
        }
        return b;
    }

    /**
     * What an operator needs to connect. The secret is printed on purpose: this is a local test double and
     * the banner is how a person running it learns the credentials it accepts.
     */
    static void printBanner(ThreeCxSimulator sim, PrintStream out) {
        out.println("3CX XAPI simulator " + sim.apiVersion() + " listening at " + sim.baseUrl());
        out.println("client id: " + sim.clientId());
        out.println("client secret: " + sim.clientSecret());
        if (sim.isHttps()) {
            out.println("trust store: " + sim.trustStore().toAbsolutePath() + " (password " + sim.trustStorePassword() + ")");
        }
        out.flush();
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException("Option " + flag + " needs a value");
        }
        return args[i];
    }

    private static int intValue(String flag, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option " + flag + " needs a number, not '" + v + "'");
        }
    }

    private static long longValue(String flag, String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option " + flag + " needs a number, not '" + v + "'");
        }
    }
}
