package org.southsouth.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.gateway.routing.RouteTable;
import org.southsouth.gateway.routing.Upstream;

@QuarkusTest
@WithTestResource(StubUpstreams.class)
@WithTestResource(PostgresTestResource.class)
class UnifiedOpenApiTest {

    @Inject
    RouteTable routes;

    @Test
    void theUnifiedDocumentIsValidOpenApiWithTheGatewaysSecurityAndOperations() {
        SwaggerParseResult result = parse();
        assertEquals(List.of(), result.getMessages(), "validator messages");
        OpenAPI api = result.getOpenAPI();

        SecurityScheme oauth2 = api.getComponents().getSecuritySchemes().get("oauth2");
        assertEquals(SecurityScheme.Type.OAUTH2, oauth2.getType());
        assertEquals(
                "http://localhost:8080/oauth2/token",
                oauth2.getFlows().getClientCredentials().getTokenUrl());
        assertTrue(oauth2.getFlows().getClientCredentials().getScopes().containsKey("partner"));
        assertEquals(
                "bearer", api.getComponents().getSecuritySchemes().get("bearer").getScheme());
        assertEquals(2, api.getSecurity().size(), "oauth2 or bearer for every operation by default");

        assertTrue(api.getPaths().get("/oauth2/token").getPost().getResponses().containsKey("401"));
        assertTrue(
                api.getPaths()
                        .get("/.well-known/jwks.json")
                        .getGet()
                        .getSecurity()
                        .isEmpty(),
                "the JWKS is public");
        assertTrue(api.getPaths().containsKey("/admin/v1/clients/{clientId}/secret"));
        Operation proxied = api.getPaths().get("/api/v1/organizations/{id}").getGet();
        assertTrue(
                proxied.getResponses().keySet().containsAll(List.of("200", "404", "401", "403", "429", "503")),
                "the gateway's own answers are documented on every proxied operation: "
                        + proxied.getResponses().keySet());
        assertEquals(
                "#/components/schemas/Status",
                api.getPaths()
                        .get("/api/v1/flaky-things")
                        .getGet()
                        .getResponses()
                        .get("200")
                        .getContent()
                        .get("application/json")
                        .getSchema()
                        .get$ref());
        assertEquals(
                "#/components/schemas/PartnerStatus",
                ((Schema<?>) api.getComponents()
                                .getSchemas()
                                .get("Organization")
                                .getProperties()
                                .get("status"))
                        .get$ref(),
                "the second service's clashing schema is renamed, its references follow");
    }

    @Test
    void everyOperationInTheDocumentIsRoutedToTheServiceThatDocumentsIt() {
        OpenAPI api = parse().getOpenAPI();
        List<String> wrong = new ArrayList<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    String service = (String) operation.getExtensions().get("x-service");
                    Optional<Upstream> upstream = routes.resolve(path);
                    boolean servedHere = "gateway".equals(service) && upstream.isEmpty();
                    boolean routed =
                            upstream.map(Upstream::name).filter(service::equals).isPresent();
                    if (!servedHere && !routed) {
                        wrong.add(method + " " + path + " (documented by " + service + ", routed to "
                                + upstream.map(Upstream::name).orElse("nothing") + ")");
                    }
                }));
        assertEquals(List.of(), wrong);
        assertTrue(
                api.getPaths().size() >= 6,
                "services' and gateway's paths are all there: " + api.getPaths().keySet());
        PathItem echo = api.getPaths().get("/api/v1/organizations/echo");
        assertEquals("partner", echo.getPost().getExtensions().get("x-service"));
    }

    private static SwaggerParseResult parse() {
        String document =
                given().when().get("/openapi").then().statusCode(200).extract().asString();
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        return new OpenAPIV3Parser().readContents(document, null, options);
    }
}
