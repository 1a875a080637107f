package io.camel3cx.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.camel3cx.examples.onboarding.OnboardingJob;

/** The onboarding example end to end, as the README's run command starts it: its own simulator, two passes. */
class ExamplesMainTest {

    @TempDir
    Path output;

    @Test
    void theOnboardingExamplePrintsBothReportsAndThatTheReRunCreatedNothing() throws Exception {
        ExampleOptions options = ExampleOptions.parse(new String[] {"--output", output.toString()}, Map.of(), null);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        ExamplesMain.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String text = printed.toString(StandardCharsets.UTF_8);
        String first = Files.readString(output.resolve(OnboardingJob.REPORT_FILE));
        String second = Files.readString(output.resolve(OnboardingJob.RERUN_REPORT_FILE));
        assertTrue(first.endsWith("44 created, 0 updated, 0 unchanged, 6 failed (50 rows)" + System.lineSeparator()), first);
        assertTrue(second.endsWith("0 created, 0 updated, 44 unchanged, 6 failed (50 rows)" + System.lineSeparator()), second);
        assertTrue(text.contains(first) && text.contains(second), text);
        assertTrue(text.contains("OK: the second run creates nothing new (re-run: 0 created, 44 unchanged; users on"
                + " the PBX before the re-run 66, after 66)."), text);
        assertEquals(1, text.lines().filter(l -> l.startsWith("Onboarding the new hires of examples/new-hires.csv on"
                + " the embedded 3CX simulator")).count(), text);
    }

    @Test
    void aOnceRunLeavesNoReRunReportOfAnEarlierRunBehind() throws Exception {
        Files.writeString(output.resolve(OnboardingJob.RERUN_REPORT_FILE), "from an earlier run");
        ExampleOptions options = ExampleOptions.parse(new String[] {"--output", output.toString(), "--once"}, Map.of(),
                null);

        ExamplesMain.run(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertTrue(Files.readString(output.resolve(OnboardingJob.REPORT_FILE))
                .endsWith("44 created, 0 updated, 0 unchanged, 6 failed (50 rows)" + System.lineSeparator()));
        assertFalse(Files.exists(output.resolve(OnboardingJob.RERUN_REPORT_FILE)), "a stale re-run report is removed");
    }
}
