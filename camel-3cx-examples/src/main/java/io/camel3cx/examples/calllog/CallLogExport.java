package io.camel3cx.examples.calllog;

/**
 * What one export wrote.
 *
 * @param file  the CSV file
 * @param rows  data rows (the header line not counted)
 * @param pages pages fetched from the PBX, the last one possibly empty
 */
public record CallLogExport(String file, long rows, int pages) {
}
