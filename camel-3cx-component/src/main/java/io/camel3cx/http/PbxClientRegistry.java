package io.camel3cx.http;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import javax.net.ssl.SSLContext;

import org.apache.camel.support.jsse.SSLContextParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shares one pooled {@link PbxClient} among all endpoints with the same {@link PbxClientSettings} (in practice:
 * per PBX), counting users; the client closes when its last endpoint releases it, or when the registry closes.
 */
public final class PbxClientRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(PbxClientRegistry.class);

    private static final class Entry {
        final PbxClient client;
        int users;

        Entry(PbxClient client) {
            this.client = client;
        }
    }

    private final Map<PbxClientSettings, Entry> entries = new HashMap<>();

    /**
     * The shared client for {@code settings}, created on first use.
     *
     * @param tls builds the TLS context from the settings' parameters (only called when they are set)
     */
    public synchronized PbxClient acquire(PbxClientSettings settings, Function<SSLContextParameters, SSLContext> tls) {
        Entry e = entries.get(settings);
        if (e == null) {
            SSLContext ssl = settings.sslContextParameters() == null ? null : tls.apply(settings.sslContextParameters());
            e = new Entry(new PbxClient(settings, ssl));
            entries.put(settings, e);
        }
        e.users++;
        return e.client;
    }

    /** Gives a client back; the last user closes it. */
    public synchronized void release(PbxClient client) {
        Entry e = entries.get(client.settings());
        if (e == null || e.client != client) {
            return;
        }
        if (--e.users <= 0) {
            entries.remove(client.settings());
            closeQuietly(client);
        }
    }

    /** The number of open clients. */
    public synchronized int size() {
        return entries.size();
    }

    /** Closes every client, whoever still holds it. */
    public synchronized void closeAll() {
        entries.values().forEach(e -> closeQuietly(e.client));
        entries.clear();
    }

    private static void closeQuietly(PbxClient client) {
        try {
            client.close();
        } catch (IOException e) {
            LOG.debug("Closing {} failed: {}", client, e.getMessage());
        }
    }
}
