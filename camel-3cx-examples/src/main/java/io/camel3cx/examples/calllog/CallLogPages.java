package io.camel3cx.examples.calllog;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Turns the pages of {@code reportCallLogData/getCallLogData} into CSV text and keeps count, for the export
 * route's paging loop. State lives in exchange properties, so one instance serves concurrent exports.
 */
public class CallLogPages {

    /** Rows exported so far: the {@code $skip} of the next page. */
    public static final String OFFSET = "calllog.offset";
    /** Pages fetched so far. */
    public static final String PAGES = "calllog.pages";
    /** Whether the last page was full, so another may follow. */
    public static final String MORE = "calllog.more";

    private final List<String> columns;
    private final int pageSize;

    public CallLogPages(List<String> columns, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("The call-log page size must be at least 1, not " + pageSize);
        }
        this.columns = List.copyOf(columns);
        this.pageSize = pageSize;
    }

    public int pageSize() {
        return pageSize;
    }

    /** {@code StartTime,Direction,...}: the {@code $select} option. */
    public String select() {
        return String.join(",", columns);
    }

    /** Starts an export: zero rows, zero pages, a first page to fetch; the body becomes the CSV header line. */
    public String begin(Exchange exchange) {
        exchange.setProperty(OFFSET, 0L);
        exchange.setProperty(PAGES, 0);
        exchange.setProperty(MORE, true);
        return csv(List.of(), true);
    }

    /** Takes one page: counts it, decides whether to go on, and answers its rows as CSV lines. */
    public String page(List<Map<String, Object>> rows, @ExchangeProperty(OFFSET) long offset,
            @ExchangeProperty(PAGES) int pages, Exchange exchange) {
        exchange.setProperty(OFFSET, offset + rows.size());
        exchange.setProperty(PAGES, pages + 1);
        exchange.setProperty(MORE, rows.size() == pageSize);
        return csv(rows, false);
    }

    /** The result of the export, once the last page is written. */
    public CallLogExport summary(@Header(Exchange.FILE_NAME_PRODUCED) String file, @ExchangeProperty(OFFSET) long rows,
            @ExchangeProperty(PAGES) int pages) {
        return new CallLogExport(file, rows, pages);
    }

    private String csv(List<Map<String, Object>> rows, boolean header) {
        StringWriter text = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            if (header) {
                printer.printRecord(columns);
            }
            for (Map<String, Object> row : rows) {
                for (String column : columns) {
                    Object value = row.get(column);
                    printer.print(value == null ? "" : value);
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
