package io.camel3cx.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.camel3cx.component.ThreeCxComponent;

/**
 * Each XAPI call twice: through a {@code threecx:} endpoint, and as the baseline, the same request written by hand
 * on the same Apache HttpClient 5 (a pooled client, a token fetched once, the JSON body written and the answer
 * read with Jackson). Both go to the same {@link StubPbx} in the same JVM and run; {@code BenchmarkMain} reports
 * their ratio. {@code CallBenchmarkTest} checks that both sides send the very same request.
 * <p>
 * Methods come in pairs named {@code <operation>Baseline} and {@code <operation>Threecx}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallBenchmark {

    static final String MAC = "001122AABBCC";
    static final String SELECT = "Id,Number,FirstName,LastName,EmailAddress";

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private StubPbx pbx;
    private CamelContext camel;
    private ProducerTemplate template;
    private Endpoint reprovisionPhone;
    private Endpoint getUser;

    private CloseableHttpClient http;
    private ObjectMapper json;
    private String bearer;
    private String reprovisionPhoneUrl;
    private String getUserUrl;

    @Setup(Level.Trial)
    public void start() throws Exception {
        pbx = new StubPbx();

        ThreeCxComponent threecx = new ThreeCxComponent();
        threecx.getConfiguration().setBaseUrl(pbx.baseUrl());
        threecx.getConfiguration().setClientId("benchmark");
        threecx.getConfiguration().setClientSecret("benchmark-secret");
        camel = new DefaultCamelContext();
        camel.addComponent("threecx", threecx);
        camel.start();
        template = camel.createProducerTemplate();
        reprovisionPhone = camel.getEndpoint("threecx:users/reprovisionPhone?mac=" + MAC);
        getUser = camel.getEndpoint("threecx:users/getUser?id=42&select=" + SELECT);

        http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().build())
                .disableAutomaticRetries()
                .build();
        json = new ObjectMapper();
        bearer = "Bearer " + fetchToken();
        reprovisionPhoneUrl = pbx.baseUrl() + "/xapi/v1/Users/Pbx.ReprovisionPhone";
        // The query as the component writes it: '$' and ',' are legal in a query (RFC 3986), so not escaped.
        getUserUrl = pbx.baseUrl() + "/xapi/v1/Users(42)?$select=" + SELECT;
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        template.stop();
        camel.stop();
        http.close();
        pbx.close();
    }

    StubPbx pbx() {
        return pbx;
    }

    @Benchmark
    public Object reprovisionPhoneBaseline() throws IOException {
        HttpPost post = new HttpPost(reprovisionPhoneUrl);
        post.setEntity(new ByteArrayEntity(json.writeValueAsBytes(Map.of("mac", MAC)), ContentType.APPLICATION_JSON));
        return call(post, 204);
    }

    @Benchmark
    public Object reprovisionPhoneThreecx() {
        return send(reprovisionPhone);
    }

    @Benchmark
    public Object getUserBaseline() throws IOException {
        return call(new HttpGet(getUserUrl), 200);
    }

    @Benchmark
    public Object getUserThreecx() {
        return send(getUser);
    }

    private Object send(Endpoint endpoint) {
        Exchange exchange = template.send(endpoint, e -> {
        });
        if (exchange.getException() != null) {
            throw new IllegalStateException("threecx call failed", exchange.getException());
        }
        return exchange.getMessage().getBody();
    }

    private Object call(ClassicHttpRequest request, int expected) throws IOException {
        request.setHeader("Authorization", bearer);
        request.setHeader("Accept", "application/json");
        return http.execute(request, response -> {
            if (response.getCode() != expected) {
                throw new IllegalStateException(request + " answered " + response.getCode());
            }
            if (response.getEntity() == null) {
                return null;
            }
            byte[] body = EntityUtils.toByteArray(response.getEntity());
            return body.length == 0 ? null : json.readValue(body, MAP);
        });
    }

    private String fetchToken() throws IOException {
        HttpPost post = new HttpPost(pbx.baseUrl() + "/connect/token");
        post.setEntity(new UrlEncodedFormEntity(List.of(
                new BasicNameValuePair("client_id", "benchmark"),
                new BasicNameValuePair("client_secret", "benchmark-secret"),
                new BasicNameValuePair("grant_type", "client_credentials"))));
        return http.execute(post, response -> (String) json.readValue(EntityUtils.toByteArray(response.getEntity()), MAP)
                .get("access_token"));
    }
}
