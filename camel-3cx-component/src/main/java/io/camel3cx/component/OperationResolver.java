package io.camel3cx.component;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;

import io.camel3cx.catalog.OpenApiCatalogReader;
import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationCatalog;
import io.camel3cx.catalog.XapiCatalog;

/**
 * Finds the operation an endpoint names, in the bundled catalog of the chosen release or in a PBX's own OpenAPI
 * description ({@code openApiLocation}, loaded once per location and label). Every failure names what would be
 * valid: the closest resources or operations, or the releases that have the operation.
 */
final class OperationResolver {

    /** The label of a runtime-loaded description when {@code apiVersion} does not give one. */
    static final String DEFAULT_RUNTIME_LABEL = "openapi";

    /** The operation and the release (or description label) it was found in. */
    record Resolved(Operation operation, String apiVersion) {
    }

    private final Map<String, OperationCatalog> loaded = new ConcurrentHashMap<>();

    Resolved resolve(CamelContext context, ThreeCxConfiguration config, String resource, String operation) {
        XapiCatalog bundled = XapiCatalog.bundled();
        if (config.getOpenApiLocation() != null && !config.getOpenApiLocation().isBlank()) {
            String label = config.getApiVersion() == null || config.getApiVersion().isBlank()
                    ? DEFAULT_RUNTIME_LABEL : config.getApiVersion();
            OperationCatalog catalog = loaded.computeIfAbsent(config.getOpenApiLocation() + "\n" + label,
                    k -> load(context, config, label));
            return new Resolved(catalog.resolve(resource, operation), label);
        }
        String release = config.getApiVersion() == null || config.getApiVersion().isBlank()
                ? bundled.newestRelease() : config.getApiVersion();
        OperationCatalog catalog = bundled.release(release);
        Optional<Operation> found = catalog.find(resource, operation);
        if (found.isPresent()) {
            return new Resolved(found.get(), release);
        }
        List<String> having = bundled.releasesHaving(resource, operation);
        if (!having.isEmpty()) {
            throw new IllegalArgumentException("3CX operation " + resource + "/" + operation + " is not part of XAPI"
                    + " release " + release + "; the releases that have it are " + String.join(", ", having)
                    + ". Set apiVersion to one of them (or to your PBX's release if it has the operation, with"
                    + " openApiLocation pointing at its description)");
        }
        // Throws UnknownNameException with the closest resource or operation names.
        return new Resolved(catalog.resolve(resource, operation), release);
    }

    private static OperationCatalog load(CamelContext context, ThreeCxConfiguration config, String label) {
        String location = config.getOpenApiLocation();
        try (InputStream in = open(context, config)) {
            return OpenApiCatalogReader.read(in, label).toCatalog();
        } catch (IOException | RuntimeException e) {
            // Logs print the cause too: where its text holds the location (a URL with a password), it is replaced
            // by one with the masked text and the same stack.
            String shown = UriMasking.mask(location);
            String reason = String.valueOf(e.getMessage()).replace(location, shown);
            Throwable cause = e;
            if (!shown.equals(location) && String.valueOf(e.getMessage()).contains(location)) {
                cause = new IOException(e.getClass().getName() + ": " + reason);
                cause.setStackTrace(e.getStackTrace());
            }
            throw new IllegalArgumentException("Cannot load the 3CX OpenAPI description from openApiLocation '"
                    + shown + "': " + reason + " (expected a file path, a classpath: resource or an"
                    + " http(s) URL of an XAPI OpenAPI 3 description)", cause);
        }
    }


    private static InputStream open(CamelContext context, ThreeCxConfiguration config) throws IOException {
        String location = config.getOpenApiLocation();
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return openUrl(location, config);
        }
        if (ResourceHelper.hasScheme(location)) {
            return ResourceHelper.resolveMandatoryResourceAsInputStream(context, location);
        }
        return Files.newInputStream(Path.of(location));
    }

    /**
     * Fetched here rather than by ResourceHelper so that the endpoint's timeouts bound the wait and a refusal
     * names its HTTP status (a plain URL stream says only "FileNotFoundException: <url>" for a 404).
     */
    private static InputStream openUrl(String location, ThreeCxConfiguration config) throws IOException {
        HttpURLConnection connection;
        try {
            connection = (HttpURLConnection) URI.create(location).toURL().openConnection();
        } catch (IllegalArgumentException e) {
            throw new IOException("not a valid URL: " + e.getMessage(), e);
        }
        connection.setConnectTimeout(config.getConnectTimeout());
        connection.setReadTimeout(config.getResponseTimeout());
        connection.setInstanceFollowRedirects(true);
        int status = connection.getResponseCode();
        if (status != HttpURLConnection.HTTP_OK) {
            String reason = connection.getResponseMessage();
            connection.disconnect();
            throw new IOException("the server answered HTTP " + status + (reason == null ? "" : " " + reason));
        }
        return connection.getInputStream();
    }
}
