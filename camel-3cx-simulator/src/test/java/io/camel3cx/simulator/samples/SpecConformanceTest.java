package io.camel3cx.simulator.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.XapiCatalog;
import io.camel3cx.simulator.SpecFiles;
import io.camel3cx.simulator.ThreeCxSimulator;
import io.camel3cx.simulator.XapiClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calls every operation of every bundled release with valid arguments and validates each answer against
 * that release's official OpenAPI description: the status the spec declares, and a body of its schema.
 */
class SpecConformanceTest {

    static Stream<String> releases() {
        return XapiCatalog.bundled().releases().stream();
    }

    @ParameterizedTest(name = "XAPI {0}")
    @MethodSource("releases")
    void everyOperationAnswersAsItsSpecDeclares(String release) {
        Path spec = SpecFiles.specOrSkip(release);
        // OData answers carry annotations (@odata.context, @odata.count) that the descriptions do not declare,
        // and the validator would read every schema as closed; undeclared properties are checked by
        // DeclaredPropertiesCheck instead, which knows the annotations.
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForSpecificationUrl(spec.toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        try (ThreeCxSimulator sim = ThreeCxSimulator.builder().apiVersion(release).callLogRows(20).start()) {
            XapiClient client = new XapiClient(sim);
            client.login();
            SampleArguments args = new SampleArguments(client, sim.catalog());
            DeclaredPropertiesCheck declared = new DeclaredPropertiesCheck(sim.catalog());
            // Deletes last, so that every other call still finds the entities it addresses.
            List<Operation> ops = new ArrayList<>(sim.catalog().operations());
            ops.sort(Comparator.comparing((Operation o) -> o.method().equals("DELETE")));
            List<String> failures = new ArrayList<>();
            int validatedBodies = 0;
            for (Operation op : ops) {
                String path = args.path(op);
                HttpResponse<String> r = client.call(op.method(), path, args.body(op));
                if (r.statusCode() != op.response().status()) {
                    failures.add(op.key() + " " + op.method() + " " + path + ": expected " + op.response().status()
                            + " but got " + r.statusCode() + " " + abbreviate(r.body()));
                    continue;
                }
                if (r.body().isEmpty()) {
                    continue;
                }
                ValidationReport report = validator.validateResponse("/xapi/v1" + path,
                        Request.Method.valueOf(op.method()), SimpleResponse.Builder.status(r.statusCode())
                                .withContentType("application/json").withBody(r.body()).build());
                List<String> undeclared = declared.undeclared(op, XapiClient.json(r));
                if (!undeclared.isEmpty()) {
                    failures.add(op.key() + " " + op.method() + " " + path + ": undeclared properties " + undeclared);
                } else if (report.hasErrors()) {
                    failures.add(op.key() + " " + op.method() + " " + path + ": " + report.getMessages().stream()
                            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR).limit(3)
                            .map(m -> m.getKey() + " " + m.getMessage()).collect(Collectors.joining(" | ")));
                } else {
                    validatedBodies++;
                }
            }
            System.out.printf("XAPI %s: %d operations called, %d conform (%d bodies validated against the spec)%n",
                    release, ops.size(), ops.size() - failures.size(), validatedBodies);
            assertEquals("", String.join("\n", failures.subList(0, Math.min(40, failures.size()))),
                    failures.size() + " of " + ops.size() + " operations do not conform");
            assertTrue(validatedBodies > ops.size() / 3, "most answers have bodies to validate");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
