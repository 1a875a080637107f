package io.camel3cx.simulator.odata;

/** The kind of a {@code $filter} operand, used to refuse comparisons a PBX would refuse. */
public enum ValueKind {
    STRING, NUMBER, BOOLEAN, DATE_TIME, NULL,
    /**
     * An {@code Edm.Duration} ({@code PT9M37S}): comparable only with another duration, since as text 'PT9S' would
     * sort after 'PT11M13S'. The simulator has no duration literal, so filters on durations are refused, never
     * answered wrongly.
     */
    DURATION,
    /** A complex or collection property: not comparable. */
    STRUCTURED,
    /** A value whose kind the schema does not say (untyped property): anything goes. */
    ANY;

    /** Whether values of the two kinds can be compared with {@code eq}/{@code ne}. */
    public boolean equatableWith(ValueKind other) {
        if (this == ANY || other == ANY || this == NULL || other == NULL) {
            return this != STRUCTURED && other != STRUCTURED;
        }
        return this == other && this != STRUCTURED;
    }

    /** Whether values of the two kinds can be ordered with {@code gt ge lt le}. */
    public boolean orderableWith(ValueKind other) {
        if (this == NULL || other == NULL || this == STRUCTURED || other == STRUCTURED || this == BOOLEAN
                || other == BOOLEAN) {
            return false;
        }
        return this == ANY || other == ANY || this == other;
    }
}
