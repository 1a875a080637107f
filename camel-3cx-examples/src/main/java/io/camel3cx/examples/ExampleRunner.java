package io.camel3cx.examples;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * Runs one example as a one-shot Camel Main application: binds a {@code threecx} component connected to the
 * PBX, lets the example add its routes, starts Camel, runs the example once, and stops.
 * <p>
 * In production the same routes would stay up and be triggered by a file drop or a schedule; here the example
 * is the trigger, so that one command shows the whole result and ends.
 */
public final class ExampleRunner {

    private ExampleRunner() {
    }

    /** Runs the job against the PBX; rethrows what made the job itself fail (not a row the PBX refused). */
    public static void run(PbxTarget pbx, ExampleJob job, PrintStream out) throws Exception {
        Main main = new Main();
        main.bind("threecx", pbx.component());
        main.configure().withName("camel-3cx-examples");
        job.configure(main);
        AtomicReference<Exception> failure = new AtomicReference<>();
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport started) {
                try {
                    job.run(started.getCamelContext(), out);
                } catch (Exception e) {
                    failure.set(e);
                } finally {
                    main.completed();
                }
            }
        });
        main.run();
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
