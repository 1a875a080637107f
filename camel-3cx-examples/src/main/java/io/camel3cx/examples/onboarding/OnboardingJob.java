package io.camel3cx.examples.onboarding;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

import io.camel3cx.component.ThreeCxConstants;
import io.camel3cx.examples.ExampleJob;
import io.camel3cx.examples.ExampleOptions;
import io.camel3cx.examples.ExampleFiles;
import io.camel3cx.examples.PbxTarget;
import io.camel3cx.http.ODataLiteral;

/**
 * The onboarding example: runs the new-hires file through {@link OnboardingRoutes}, prints and writes the report,
 * then runs the same file again and shows that the second pass created nothing.
 */
public final class OnboardingJob implements ExampleJob {

    /** The file used unless {@code --file} names another. */
    public static final String BUNDLED_FILE = "examples/new-hires.csv";
    public static final String REPORT_FILE = "onboarding-report.txt";
    public static final String RERUN_REPORT_FILE = "onboarding-report-rerun.txt";

    private final PbxTarget pbx;
    private final String csv;
    private final String source;
    private final Path outputDir;
    private final boolean once;
    private OnboardingRun result;

    public OnboardingJob(PbxTarget pbx, String csv, String source, Path outputDir, boolean once) {
        this.pbx = pbx;
        this.csv = csv;
        this.source = source;
        this.outputDir = outputDir;
        this.once = once;
    }

    public static OnboardingJob from(ExampleOptions options, PbxTarget pbx) {
        return new OnboardingJob(pbx, ExampleFiles.read(options.input(), BUNDLED_FILE),
                options.input() != null ? options.input().toString() : BUNDLED_FILE, options.outputDir(), options.once());
    }

    @Override
    public void configure(Main main) {
        main.configure().addRoutesBuilder(new OnboardingRoutes());
    }

    @Override
    public void run(CamelContext camel, PrintStream out) {
        ProducerTemplate template = camel.createProducerTemplate();
        out.println("Onboarding the new hires of " + source + " on the " + pbx.description());
        if (pbx.simulator()) {
            List<String> created = createMissingDepartments(template);
            if (!created.isEmpty()) {
                out.println("(Demo set-up: created the department groups " + created + " on the simulator; a real PBX"
                        + " must have them already, else those rows fail with 'no group named ...'.)");
            }
        }
        out.println();

        OnboardingReport first = pass(template, once ? "Onboarding" : "First pass");
        print(out, first, REPORT_FILE);
        if (once) {
            // The re-run report of an earlier run would read as this run's.
            ExampleFiles.delete(outputDir, RERUN_REPORT_FILE);
            result = new OnboardingRun(first, null, -1, -1);
            return;
        }
        int usersBefore = countUsers(template);
        OnboardingReport second = pass(template, "Second pass (re-run of the same file)");
        int usersAfter = countUsers(template);
        print(out, second, RERUN_REPORT_FILE);
        result = new OnboardingRun(first, second, usersBefore, usersAfter);
        out.println(result.verdict());
    }

    /** What the last {@link #run} found; null before. */
    public OnboardingRun result() {
        return result;
    }

    private OnboardingReport pass(ProducerTemplate template, String title) {
        @SuppressWarnings("unchecked")
        List<OnboardingOutcome> outcomes = template.requestBody(OnboardingRoutes.ONBOARD_FILE, csv, List.class);
        return new OnboardingReport(title + " over " + source + ":", outcomes);
    }

    private void print(PrintStream out, OnboardingReport report, String file) {
        String text = report.render();
        Path written = ExampleFiles.write(outputDir, file, text);
        out.print(text);
        out.println("(written to " + written + ")");
        out.println();
    }

    private static int countUsers(ProducerTemplate template) {
        return template.requestBody("threecx:users/listUser?select=Id", null, List.class).size();
    }

    /**
     * The simulator's seed data has only the groups DEFAULT, Sales and Support; the demo adds the other
     * departments the file names, except one ({@code Facilities}) kept missing to show how such a row fails.
     */
    private List<String> createMissingDepartments(ProducerTemplate template) {
        Set<String> departments = new LinkedHashSet<>();
        NewHireCsv.parse(csv).forEach(h -> departments.add(h.department()));
        departments.remove(OnboardingDemo.MISSING_DEPARTMENT);
        List<String> created = new ArrayList<>();
        for (String name : departments) {
            List<?> found = template.requestBodyAndHeader("threecx:groups/listGroup?select=Id", null,
                    ThreeCxConstants.optionHeader("filter"), "Name eq " + ODataLiteral.quote(name), List.class);
            if (found.isEmpty()) {
                template.requestBody("threecx:groups/createGroup", Map.of("Name", name));
                created.add(name);
            }
        }
        return created;
    }
}
