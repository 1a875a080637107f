package io.camel3cx.examples.calllog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camel3cx.examples.ExampleRunner;
import io.camel3cx.examples.PbxTarget;
import io.camel3cx.simulator.RecordedRequest;
import io.camel3cx.test.ThreeCxSimulatorExtension;

/** The paged call-log export against the simulator's generated log (one call every 90 s, newest 2025-06-30 16:00Z). */
class CallLogExportTest {

    @RegisterExtension
    ThreeCxSimulatorExtension pbx = ThreeCxSimulatorExtension.create();

    @TempDir
    Path output;

    @Test
    void exportsEveryCallOfThePeriodPageByPage() throws Exception {
        // 10:00 to 12:00 holds the calls of 10:00:00, 10:01:30 ... 11:58:30: 80 of them (12:00 itself is outside).
        CallLogPeriod period = new CallLogPeriod(OffsetDateTime.parse("2025-06-30T10:00:00Z"),
                OffsetDateTime.parse("2025-06-30T11:59:59Z"));
        CallLogExportJob job = new CallLogExportJob(PbxTarget.of(pbx.simulator(), "test simulator"), period, output);

        String printed = run(job);

        CallLogExport export = job.result();
        assertEquals(80, export.rows());
        assertEquals(1, export.pages());
        assertTrue(printed.contains("Exported 80 calls in 1 request to "), printed);
        List<String> lines = Files.readAllLines(Path.of(export.file()));
        assertEquals(String.join(",", CallLogColumns.DEFAULT), lines.get(0));
        assertEquals(81, lines.size());
        assertTrue(lines.get(1).startsWith("2025-06-30T10:00:00Z,"), lines.get(1));
        assertTrue(lines.get(80).startsWith("2025-06-30T11:58:30Z,"), lines.get(80));
    }

    @Test
    void pagesWithTopAndSkipUntilAPageIsShort() throws Exception {
        CallLogPeriod period = CallLogPeriod.day(LocalDate.of(2025, 6, 30), ZoneOffset.UTC);
        CallLogExportJob job = new CallLogExportJob(PbxTarget.of(pbx.simulator(), "test simulator"), period, output);

        run(job);

        // 00:00:00 to 16:00:00 every 90 s: 641 calls, so six full pages of 100 and one of 41.
        assertEquals(641, job.result().rows());
        assertEquals(7, job.result().pages());
        List<RecordedRequest> gets = pbx.requestLog().stream().filter(r -> r.method().equals("GET")).toList();
        assertEquals(7, gets.size());
        String select = String.join(",", CallLogColumns.DEFAULT);
        for (int page = 0; page < 7; page++) {
            RecordedRequest get = gets.get(page);
            assertEquals("/xapi/v1/ReportCallLogData/Pbx.GetCallLogData(periodFrom=2025-06-30T00:00:00Z,"
                    + "periodTo=2025-07-01T00:00:00Z,sourceType=0,sourceFilter=null,destinationType=0,"
                    + "destinationFilter=null,callsType=0,callTimeFilterType=0,callTimeFilterFrom=null,"
                    + "callTimeFilterTo=null,hidePcalls=true)", get.path());
            assertEquals("$top=100&$skip=" + page * 100 + "&$select=" + select + "&$orderby=StartTime", get.rawQuery());
            assertEquals(200, get.status());
        }
        List<String> lines = Files.readAllLines(output.resolve("call-log-2025-06-30.csv"));
        assertEquals(642, lines.size());
        assertEquals(641, lines.stream().skip(1).distinct().count(), "no call twice across pages");
    }

    @Test
    void aNightlyRunExportsYesterdayInThePbxsZone() {
        Clock twoAmInBerlin = Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC);

        CallLogPeriod period = CallLogPeriod.yesterday(twoAmInBerlin, ZoneId.of("Europe/Berlin"));

        assertEquals(OffsetDateTime.parse("2025-06-30T00:00:00+02:00"), period.from());
        assertEquals(OffsetDateTime.parse("2025-07-01T00:00:00+02:00"), period.to());
        assertEquals("call-log-2025-06-30.csv", period.fileName());
    }

    @Test
    void theNightlyRouteIsTriggeredByTheCronExpression() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addComponent("threecx", pbx.component());
            context.addRoutes(new CallLogExportRoutes(new CallLogPages(CallLogColumns.DEFAULT, 500), output,
                    "0 0 2 * * ?", ZoneId.of("Europe/Berlin")));
            context.start();

            Route nightly = context.getRoute(CallLogExportRoutes.NIGHTLY_ROUTE_ID);
            assertEquals("quartz://calllog/nightly?cron=0+0+2+*+*+?&trigger.timeZone=Europe/Berlin",
                    nightly.getEndpoint().getEndpointUri());
        }
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CallLogPeriod(OffsetDateTime.parse("2025-07-01T00:00:00Z"),
                        OffsetDateTime.parse("2025-06-30T00:00:00Z")));
        assertEquals("A call-log period cannot start (2025-07-01T00:00Z) after it ends (2025-06-30T00:00Z)",
                e.getMessage());
    }

    private static String run(CallLogExportJob job) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExampleRunner.run(job.pbx(), job, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
