package io.camel3cx.examples.reprovision;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

import io.camel3cx.examples.ExampleJob;
import io.camel3cx.examples.ExampleOptions;
import io.camel3cx.examples.ExampleFiles;
import io.camel3cx.examples.PbxTarget;

/**
 * The reprovisioning example: loads the YAML DSL route {@code reprovision-phones.camel.yaml} into Camel Main and
 * sends it the phone list once.
 */
public final class ReprovisionJob implements ExampleJob {

    public static final String ROUTES = "classpath:examples/reprovision-phones.camel.yaml";
    public static final String BUNDLED_LIST = "classpath:examples/phones-to-reprovision.txt";
    public static final String REPORT_FILE = "reprovision-report.txt";

    private final PbxTarget pbx;
    private final String list;
    private final Path outputDir;
    private List<String> result;

    /**
     * @param list the phone list as a Camel resource: {@code classpath:...} or {@code file:...}
     */
    public ReprovisionJob(PbxTarget pbx, String list, Path outputDir) {
        this.pbx = pbx;
        this.list = list;
        this.outputDir = outputDir;
    }

    public static ReprovisionJob from(ExampleOptions options, PbxTarget pbx) {
        String list = options.input() == null ? BUNDLED_LIST : "file:" + options.input().toAbsolutePath();
        return new ReprovisionJob(pbx, list, options.outputDir());
    }

    @Override
    public void configure(Main main) {
        main.configure().withRoutesIncludePattern(ROUTES);
        main.addInitialProperty("reprovision.file", list);
    }

    @Override
    public void run(CamelContext camel, PrintStream out) {
        out.println("Reprovisioning the phones listed in " + list + " on the " + pbx.description() + ":");
        @SuppressWarnings("unchecked")
        List<String> lines = camel.createProducerTemplate().requestBody("direct:reprovision-phones", null, List.class);
        long failed = lines.stream().filter(l -> l.startsWith("failed")).count();
        String report = String.join(System.lineSeparator(), lines) + System.lineSeparator()
                + (lines.size() - failed) + " reprovisioned, " + failed + " failed" + System.lineSeparator();
        out.print(report);
        out.println("(written to " + ExampleFiles.write(outputDir, REPORT_FILE, report) + ")");
        result = lines;
    }

    /** The PBX this job calls. */
    public PbxTarget pbx() {
        return pbx;
    }

    /** The route's answer lines of the last run; null before. */
    public List<String> result() {
        return result;
    }
}
