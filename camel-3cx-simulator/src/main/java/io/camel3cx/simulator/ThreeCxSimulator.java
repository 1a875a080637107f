package io.camel3cx.simulator;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import javax.net.ssl.SSLContext;

import io.camel3cx.catalog.OperationCatalog;
import io.camel3cx.catalog.ReleaseVersion;
import io.camel3cx.catalog.XapiCatalog;
import io.camel3cx.simulator.auth.TokenEndpoint;
import io.camel3cx.simulator.auth.TokenIssuer;
import io.camel3cx.simulator.faults.Faults;
import io.camel3cx.simulator.http.RequestRecorder;
import io.camel3cx.simulator.http.RouteIndex;
import io.camel3cx.simulator.http.SimulatorHandler;
import io.camel3cx.simulator.http.SimulatorServer;
import io.camel3cx.simulator.http.TlsMaterial;
import io.camel3cx.simulator.samples.SampleGenerator;
import io.camel3cx.simulator.state.EntitySetCatalog;
import io.camel3cx.simulator.state.PbxState;
import io.camel3cx.simulator.state.SimulatedPbx;

/**
 * An embedded 3CX PBX as far as its configuration API goes: {@code POST /connect/token} and every XAPI
 * operation of one bundled release under {@code /xapi/v1}, with stateful users, groups, queues and other
 * entity sets, a generated call log, OData query options, faults on demand and a log of every request.
 *
 * <pre>{@code
 * try (ThreeCxSimulator sim = ThreeCxSimulator.builder().apiVersion("20.0.10").https(true).start()) {
 *     String url = sim.baseUrl();   // https://127.0.0.1:PORT
 *     ...
 * }
 * }</pre>
 */
public final class ThreeCxSimulator implements AutoCloseable {

    /** The client id a simulator accepts unless told otherwise. */
    public static final String DEFAULT_CLIENT_ID = "camel-3cx";

    private final String apiVersion;
    private final String clientId;
    private final String clientSecret;
    private final OperationCatalog catalog;
    private final TlsMaterial tls;
    private final TokenIssuer tokens;
    private final Faults faults;
    private final RequestRecorder recorder;
    private final PbxState state;
    private final SimulatorServer server;

    private ThreeCxSimulator(Builder b) {
        this.catalog = XapiCatalog.bundled().release(b.apiVersion);
        this.apiVersion = catalog.release();
        this.clientId = b.clientId;
        this.clientSecret = b.clientSecret != null ? b.clientSecret : randomSecret();
        boolean minutes = ReleaseVersion.compare(apiVersion, "20.0.8") <= 0;
        this.tokens = new TokenIssuer(clientId, clientSecret, b.tokenLifetime, minutes, b.clock);
        this.faults = new Faults(catalog);
        this.recorder = new RequestRecorder();
        SampleGenerator samples = new SampleGenerator(catalog);
        this.state = new PbxState(new EntitySetCatalog(catalog), samples, b.seed, b.callLogRows);
        SimulatorHandler handler = new SimulatorHandler(new RouteIndex(catalog), new TokenEndpoint(tokens), tokens,
                new SimulatedPbx(catalog, state, samples), faults, recorder);
        this.tls = b.https ? TlsMaterial.generate() : null;
        try {
            this.server = new SimulatorServer(b.port, tls, handler);
        } catch (RuntimeException e) {
            if (tls != null) {
                tls.close();
            }
            throw e;
        }
        handler.baseUrl(server.baseUrl());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http(s)://127.0.0.1:PORT}, without {@code /xapi/v1}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    public int port() {
        return server.port();
    }

    /** The release whose operations this simulator answers. */
    public String apiVersion() {
        return apiVersion;
    }

    /** The operations this simulator answers. */
    public OperationCatalog catalog() {
        return catalog;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public boolean isHttps() {
        return tls != null;
    }

    /** A PKCS12 trust store holding the self-signed certificate; only with {@code https(true)}. */
    public Path trustStore() {
        return requireTls().trustStore();
    }

    public String trustStorePassword() {
        return requireTls().trustStorePassword();
    }

    /** An SSL context that trusts this simulator's certificate; only with {@code https(true)}. */
    public SSLContext sslContext() {
        return requireTls().clientContext();
    }

    private TlsMaterial requireTls() {
        if (tls == null) {
            throw new IllegalStateException("This simulator runs plain HTTP; build it with https(true) for a trust store");
        }
        return tls;
    }

    /** Every request received so far, oldest answer first. */
    public List<RecordedRequest> requestLog() {
        return recorder.snapshot();
    }

    public void clearRequestLog() {
        recorder.clear();
    }

    /** The faults to inject; see {@link Faults}. */
    public Faults faults() {
        return faults;
    }

    /** Invalidates every token issued so far: the next XAPI call with one answers 401. */
    public void revokeTokens() {
        tokens.revokeAll();
    }

    /** The welcome e-mails {@code users/sendWelcomeEmail} has "sent", oldest first. */
    public List<SentWelcomeEmail> sentWelcomeEmails() {
        return state.welcomeEmails();
    }

    /** Stops listening and deletes the trust store file. */
    @Override
    public void close() {
        server.close();
        if (tls != null) {
            tls.close();
        }
    }

    /** Names the release and address only: the secret stays out of logs. */
    @Override
    public String toString() {
        return "ThreeCxSimulator[" + apiVersion + " at " + baseUrl() + ", client " + clientId + "]";
    }

    private static String randomSecret() {
        SecureRandom random = new SecureRandom();
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder b = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** Configures and starts a simulator; every setting has a default. */
    public static final class Builder {

        private String apiVersion = XapiCatalog.bundled().newestRelease();
        private boolean https;
        private int port;
        private String clientId = DEFAULT_CLIENT_ID;
        private String clientSecret;
        private long seed = 42L;
        private long callLogRows = 1_000;
        private Duration tokenLifetime = Duration.ofMinutes(60);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The bundled release to simulate ({@code 20.0.5} .. {@code 20.0.10}); default the newest. */
        public Builder apiVersion(String release) {
            XapiCatalog.bundled().release(Objects.requireNonNull(release, "apiVersion"));
            this.apiVersion = release;
            return this;
        }

        /** Serve HTTPS with a self-signed certificate for localhost/127.0.0.1 (default plain HTTP). */
        public Builder https(boolean enabled) {
            this.https = enabled;
            return this;
        }

        /** The port on 127.0.0.1; 0 (default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** The client id the token endpoint accepts (default {@value ThreeCxSimulator#DEFAULT_CLIENT_ID}). */
        public Builder clientId(String id) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("clientId must not be blank");
            }
            this.clientId = id;
            return this;
        }

        /** The client secret the token endpoint accepts (default: random per instance). */
        public Builder clientSecret(String secret) {
            if (secret == null || secret.isEmpty()) {
                throw new IllegalArgumentException("clientSecret must not be empty");
            }
            this.clientSecret = secret;
            return this;
        }

        /** Seed of the generated users, phones, contacts and call log (default 42). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Rows of the generated call log, generated page by page (default 1000; millions are fine). */
        public Builder callLogRows(long rows) {
            if (rows < 0) {
                throw new IllegalArgumentException("callLogRows must be zero or more, not " + rows);
            }
            this.callLogRows = rows;
            return this;
        }

        /**
         * How long an access token lives (default 60 minutes). The token endpoint reports it in minutes for
         * releases up to 20.0.8 and in seconds from 20.0.9, as real PBXs do.
         */
        public Builder tokenLifetime(Duration lifetime) {
            if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("tokenLifetime must be positive, not " + lifetime);
            }
            this.tokenLifetime = lifetime;
            return this;
        }

        /** The clock token expiry is judged by; tests pass a clock they can move. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Builds, binds and starts the simulator. */
        public ThreeCxSimulator start() {
            return new ThreeCxSimulator(this);
        }
    }
}
