package io.camel3cx.component.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures every log line (all loggers, DEBUG and up) while open, including stack traces; except the HTTP
 * library's opt-in wire and header traces ({@value #WIRE_TRACE}, {@value #HEADER_TRACE}), which print raw traffic
 * by design (a token request body, a bearer header) and must stay off in production.
 */
public final class CapturedLogs extends AbstractAppender implements AutoCloseable {

    public static final String WIRE_TRACE = "org.apache.hc.client5.http.wire";
    public static final String HEADER_TRACE = "org.apache.hc.client5.http.headers";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Level previousRoot;

    private CapturedLogs() {
        super("captured-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        LoggerConfig root = config.getRootLogger();
        previousRoot = root.getLevel();
        start();
        root.addAppender(this, Level.DEBUG, null);
        root.setLevel(Level.DEBUG);
        // Additive loggers hand their events on to the root; only the others need the appender themselves
        // (adding it to both would record every line twice).
        config.getLoggers().values().forEach(l -> {
            if (l != root && !l.isAdditive()) {
                l.addAppender(this, Level.DEBUG, null);
            }
        });
        ctx.updateLoggers();
    }

    public static CapturedLogs capture() {
        return new CapturedLogs();
    }

    @Override
    public void append(LogEvent event) {
        if (WIRE_TRACE.equals(event.getLoggerName()) || HEADER_TRACE.equals(event.getLoggerName())) {
            return;
        }
        StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ')
                .append(event.getMessage().getFormattedMessage());
        Throwable t = event.getThrown();
        while (t != null) {
            line.append(" | ").append(t);
            t = t.getCause();
        }
        lines.add(line.toString());
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        config.getRootLogger().removeAppender(getName());
        config.getRootLogger().setLevel(previousRoot);
        config.getLoggers().values().forEach(l -> l.removeAppender(getName()));
        ctx.updateLoggers();
        stop();
    }
}
