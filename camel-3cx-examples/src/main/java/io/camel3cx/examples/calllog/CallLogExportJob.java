package io.camel3cx.examples.calllog;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

import io.camel3cx.examples.ExampleJob;
import io.camel3cx.examples.ExampleOptions;
import io.camel3cx.examples.PbxTarget;
import io.camel3cx.simulator.state.CallLogGenerator;

/**
 * The call-log export example: one export of a period, as the nightly route would run it. Without
 * {@code --from}/{@code --to} the period is the last day of the simulator's generated log, or yesterday (UTC) on
 * a real PBX.
 */
public final class CallLogExportJob implements ExampleJob {

    /** Rows per request: small, so that the example shows the paging. */
    public static final int PAGE_SIZE = 100;

    private final PbxTarget pbx;
    private final CallLogPeriod period;
    private final Path outputDir;
    private CallLogExport result;

    public CallLogExportJob(PbxTarget pbx, CallLogPeriod period, Path outputDir) {
        this.pbx = pbx;
        this.period = period;
        this.outputDir = outputDir;
    }

    public static CallLogExportJob from(ExampleOptions options, PbxTarget pbx) {
        CallLogPeriod fallback = pbx.simulator()
                ? CallLogPeriod.day(CallLogGenerator.NEWEST.atOffset(ZoneOffset.UTC).toLocalDate(), ZoneOffset.UTC)
                : CallLogPeriod.yesterday(Clock.systemUTC(), ZoneOffset.UTC);
        CallLogPeriod period = new CallLogPeriod(options.periodFrom() != null ? options.periodFrom() : fallback.from(),
                options.periodTo() != null ? options.periodTo() : fallback.to());
        return new CallLogExportJob(pbx, period, options.outputDir());
    }

    @Override
    public void configure(Main main) {
        main.configure().addRoutesBuilder(new CallLogExportRoutes(new CallLogPages(CallLogColumns.DEFAULT, PAGE_SIZE),
                outputDir, null, ZoneOffset.UTC));
    }

    @Override
    public void run(CamelContext camel, PrintStream out) throws IOException {
        out.println("Exporting the call log from " + period.from() + " to " + period.to() + " of the "
                + pbx.description() + ", " + PAGE_SIZE + " rows per request:");
        result = camel.createProducerTemplate().requestBody(CallLogExportRoutes.EXPORT, period, CallLogExport.class);
        out.println("Exported " + result.rows() + " calls in " + result.pages()
                + (result.pages() == 1 ? " request" : " requests") + " to " + result.file());
        List<String> lines = Files.readAllLines(Path.of(result.file()));
        out.println("First lines:");
        lines.stream().limit(4).forEach(l -> out.println("  " + l));
    }

    /** The PBX this job calls. */
    public PbxTarget pbx() {
        return pbx;
    }

    /** The last export; null before. */
    public CallLogExport result() {
        return result;
    }
}
