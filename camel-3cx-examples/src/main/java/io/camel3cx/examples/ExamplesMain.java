package io.camel3cx.examples;

import java.io.PrintStream;

import io.camel3cx.examples.calllog.CallLogExportJob;
import io.camel3cx.examples.onboarding.OnboardingJob;
import io.camel3cx.examples.reprovision.ReprovisionJob;

/**
 * Command line of the examples: {@code ExamplesMain [--example NAME] [options]} (see {@link ExampleOptions#USAGE}).
 * Without a PBX configured it starts an embedded simulator for the run.
 */
public final class ExamplesMain {

    private ExamplesMain() {
    }

    public static void main(String[] args) {
        ExampleOptions options;
        try {
            options = ExampleOptions.parse(args, System.getenv(), System.getProperty("example"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(ExampleOptions.USAGE);
            System.exit(2);
            return;
        }
        int exitCode;
        try {
            run(options, System.out);
            exitCode = 0;
        } catch (Exception e) {
            System.err.println("The " + options.example().id() + " example failed: " + e);
            exitCode = 1;
        }
        // Camel and HTTP client threads are not daemons; the example is done.
        System.exit(exitCode);
    }

    /** Runs the chosen example against the chosen PBX, or against a simulator started for the run. */
    public static void run(ExampleOptions options, PrintStream out) throws Exception {
        EmbeddedPbx embedded = options.pbx() == null ? EmbeddedPbx.start() : null;
        try {
            PbxTarget pbx = embedded != null ? embedded.target() : options.pbx();
            ExampleJob job = switch (options.example()) {
                case ONBOARDING -> OnboardingJob.from(options, pbx);
                case REPROVISION -> ReprovisionJob.from(options, pbx);
                case CALLLOG_EXPORT -> CallLogExportJob.from(options, pbx);
            };
            ExampleRunner.run(pbx, job, out);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
