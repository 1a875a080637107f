package io.camel3cx.simulator.state;

/** One end of a call: a number and the name shown for it; {@code internal} for an extension of the PBX. */
public record Party(String number, String name, boolean internal) {
}
