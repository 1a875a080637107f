package io.camel3cx.codegen;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import io.camel3cx.builder.ThreeCxEndpointBuilder;
import io.camel3cx.catalog.ValueType;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.EndpointProducerBuilder;
import org.apache.camel.spi.ApiMethod;
import org.apache.camel.spi.ApiParams;
import org.apache.camel.support.CamelContextHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.camel3cx.catalog.ParameterLocation.BODY;
import static io.camel3cx.catalog.ParameterLocation.QUERY;
import static io.camel3cx.codegen.SyntheticCatalog.action;
import static io.camel3cx.codegen.SyntheticCatalog.op;
import static io.camel3cx.codegen.SyntheticCatalog.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Catalog text that is hostile to Java source (quotes, backslashes, unicode-escape look-alikes, comment ends, HTML,
 * Javadoc tags) still compiles, and reaches the annotations exactly as the catalog says it.
 */
class GeneratedSourceCompilesTest {

    private static final String NASTY = "Say \"hi\" \\u0041 C:\\temp */ /* <b>bold</b> & {@code x} @param y\n\tz";

    @TempDir
    Path dir;

    @Test
    void hostileTextCompilesIntoTheApiClassAndTheBuilderUnchanged() throws Exception {
        CatalogUnion union = CatalogUnion.of(SyntheticCatalog.of(op("nasty", "doIt", NASTY,
                List.of(param("filter", QUERY, ValueType.STRING, false, NASTY)),
                action(param("payload", BODY, ValueType.OBJECT, true, NASTY)), SyntheticCatalog.RELEASES)));
        List<GeneratedFile> files = new ArrayList<>(new ApiMetadataGenerator(union).generate());
        new EndpointBuilderGenerator(union, List.of()).generate().stream()
                .filter(f -> f.path().endsWith("/NastyEndpoints.java"))
                .forEach(files::add);
        assertEquals(2, files.size());

        ClassLoader loader = compile(files);

        Class<?> api = loader.loadClass("io.camel3cx.component.api.NastyApiConfiguration");
        ApiMethod method = api.getAnnotation(ApiParams.class).apiMethods()[0];
        OperationUnion op = union.resources().get(0).operations().get(0);
        assertEquals(OptionText.describe(op, SyntheticCatalog.RELEASES), method.description());
        assertTrue(method.description().startsWith(NASTY.strip()), method.description());

        Class<?> endpoints = loader.loadClass("io.camel3cx.builder.NastyEndpoints");
        Method doIt = endpoints.getMethod("doIt");
        assertEquals("io.camel3cx.builder.NastyEndpoints$DoIt", doIt.getReturnType().getName());
        assertTrue(EndpointProducerBuilder.class.isAssignableFrom(doIt.getReturnType()));
        assertEquals(String.class, doIt.getReturnType().getMethod("payload", String.class).getParameterTypes()[0]);
    }

    private ClassLoader compile(List<GeneratedFile> files) throws IOException, URISyntaxException {
        Path src = dir.resolve("src");
        Path out = Files.createDirectories(dir.resolve("classes"));
        List<Path> sources = new ArrayList<>();
        for (GeneratedFile f : files) {
            Path p = src.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.content());
            sources.add(p);
        }
        // Only what generated sources reference: the annotations, the builder base classes and Camel's API.
        String classpath = String.join(java.io.File.pathSeparator, location(ApiParams.class),
                location(ThreeCxEndpointBuilder.class), location(EndpointProducerBuilder.class),
                location(CamelContext.class), location(CamelContextHelper.class));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(diagnostics, null, null)) {
            boolean ok = compiler.getTask(null, fm, diagnostics,
                    List.of("-classpath", classpath, "-d", out.toString(), "-Xdoclint:all,-missing", "-Werror"),
                    null, fm.getJavaFileObjectsFromPaths(sources)).call();
            assertTrue(ok, diagnostics.getDiagnostics().toString());
        }
        return new java.net.URLClassLoader(new java.net.URL[] {out.toUri().toURL()}, getClass().getClassLoader());
    }

    private static String location(Class<?> c) throws URISyntaxException {
        URI uri = c.getProtectionDomain().getCodeSource().getLocation().toURI();
        return Path.of(uri).toString();
    }
}
