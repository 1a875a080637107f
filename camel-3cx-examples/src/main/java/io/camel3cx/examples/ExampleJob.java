package io.camel3cx.examples;

import java.io.PrintStream;

import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

/** One example as {@link ExampleRunner} runs it: what it adds to Camel Main, then the work it does once. */
public interface ExampleJob {

    /** Adds the example's routes (Java or YAML) and properties. */
    void configure(Main main);

    /** Does the example's work once Camel has started, printing what the person running it should see. */
    void run(CamelContext camel, PrintStream out) throws Exception;
}
