package io.camel3cx.simulator.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/** The JDK HTTP(S) server on the loopback address, with daemon worker threads. */
public final class SimulatorServer implements AutoCloseable {

    static {
        // The JDK server sends a streamed answer's headers and body in separate small packets; without TCP_NODELAY
        // each such answer waits for the client's delayed ACK (about 40 ms on Linux), making every collection GET
        // ten times slower than it needs to be. Read once, when the JDK server's configuration class loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final boolean https;

    /** Binds and starts; {@code tls} null for plain HTTP. */
    public SimulatorServer(int port, TlsMaterial tls, SimulatorHandler handler) {
        this.https = tls != null;
        InetSocketAddress address = new InetSocketAddress(TlsMaterial.loopback(), port);
        try {
            if (tls != null) {
                HttpsServer s = HttpsServer.create(address, 0);
                s.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
                server = s;
            } else {
                server = HttpServer.create(address, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + address.getHostString() + ":" + port
                    + (port == 0 ? "" : " (is the port taken? use port 0 for a free one)"), e);
        }
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "3cx-simulator-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        // Unbounded so that a latency fault on one call never stalls the others.
        executor = Executors.newCachedThreadPool(threads);
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return (https ? "https" : "http") + "://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
