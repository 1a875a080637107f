package io.camel3cx.examples.onboarding;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the new-hires file: a header row, then one hire per row. Quoted fields (a comma in a name) are allowed.
 */
public final class NewHireCsv {

    /** The header the file must have, in any order; further columns are ignored. */
    public static final List<String> COLUMNS =
            List.of("first_name", "last_name", "email", "extension", "desk_phone_mac", "department");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .setCommentMarker('#')
            .get();

    private NewHireCsv() {
    }

    /**
     * Parses the whole file. A missing column fails the whole file (nothing could be onboarded); a row with a blank
     * value is kept, so that it is reported as failed while the other rows go on.
     */
    public static List<NewHire> parse(String csv) {
        try (Reader reader = new StringReader(csv); CSVParser parser = FORMAT.parse(reader)) {
            Set<String> header = parser.getHeaderMap().keySet();
            List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("The new-hires file lacks the column(s) " + missing
                        + "; its header must name " + String.join(",", COLUMNS) + " (it names " + header + ")");
            }
            List<NewHire> hires = new ArrayList<>();
            for (CSVRecord record : parser) {
                hires.add(toHire(record));
            }
            return hires;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NewHire toHire(CSVRecord record) {
        // The header is line 1, so the record number (1-based, header excluded) plus one is the row a person sees.
        int row = (int) record.getRecordNumber() + 1;
        return new NewHire(row, value(record, "first_name"), value(record, "last_name"), value(record, "email"),
                value(record, "extension"), value(record, "desk_phone_mac"), value(record, "department"));
    }

    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column) : "";
    }
}
