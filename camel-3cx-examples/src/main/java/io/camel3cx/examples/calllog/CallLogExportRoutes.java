package io.camel3cx.examples.calllog;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import io.camel3cx.component.ThreeCxConstants;

/**
 * Exports the call log of a period to a CSV file, page by page ({@code $top}/{@code $skip}), so that a busy PBX's
 * day never has to fit in memory or in one answer.
 * <p>
 * Send a {@link CallLogPeriod} to {@link #EXPORT}; the answer is a {@link CallLogExport}. With a cron expression the
 * routes also export yesterday's calls every night ({@code 0 0 2 * * ?}: at 02:00 in the given zone).
 */
public class CallLogExportRoutes extends RouteBuilder {

    public static final String EXPORT = "direct:export-call-log";
    public static final String NIGHTLY_ROUTE_ID = "nightly-call-log-export";

    private final CallLogPages pages;
    private final Path outputDir;
    private final String nightlyCron;
    private final ZoneId zone;

    /**
     * @param pages       the columns and page size
     * @param outputDir   where the CSV files go
     * @param nightlyCron a Quartz cron expression for the nightly export, or null for on-demand exports only
     * @param zone        the zone whose calendar days a nightly export covers (the PBX's)
     */
    public CallLogExportRoutes(CallLogPages pages, Path outputDir, String nightlyCron, ZoneId zone) {
        this.pages = pages;
        this.outputDir = outputDir.toAbsolutePath();
        this.nightlyCron = nightlyCron;
        this.zone = zone;
    }

    @Override
    public void configure() {
        String file = "file:" + outputDir;
        from(EXPORT).routeId("export-call-log")
                .setHeader(ThreeCxConstants.optionHeader("periodFrom"), simple("${body.from()}"))
                .setHeader(ThreeCxConstants.optionHeader("periodTo"), simple("${body.to()}"))
                .setHeader(Exchange.FILE_NAME, simple("${body.fileName()}"))
                .setBody(method(pages, "begin"))
                .to(file + "?fileExist=Override")
                .loopDoWhile(exchangeProperty(CallLogPages.MORE).isEqualTo(true))
                    .setHeader(ThreeCxConstants.optionHeader("skip"), exchangeProperty(CallLogPages.OFFSET))
                    // All calls (types 0), no time-of-day filter; sorted so that pages do not shift under $skip.
                    .to("threecx:reportCallLogData/getCallLogData?sourceType=0&destinationType=0&callsType=0"
                            + "&callTimeFilterType=0&hidePcalls=true&orderBy=StartTime"
                            + "&top=" + pages.pageSize() + "&select=" + pages.select())
                    .setBody(method(pages, "page"))
                    .to(file + "?fileExist=Append")
                .end()
                .setBody(method(pages, "summary"));

        if (nightlyCron != null) {
            from("quartz:calllog/nightly?cron=" + nightlyCron.trim().replace(' ', '+') + "&trigger.timeZone=" + zone)
                    .routeId(NIGHTLY_ROUTE_ID)
                    .process(e -> e.getMessage().setBody(CallLogPeriod.yesterday(Clock.systemUTC(), zone)))
                    .to(EXPORT)
                    .log("Exported ${body.rows()} call-log rows in ${body.pages()} pages to ${body.file()}");
        }
    }
}
