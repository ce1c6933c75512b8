package org.southsouth.system;

import io.restassured.RestAssured;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.southsouth.launcher.Platform;
import org.southsouth.launcher.PlatformSettings;
import org.southsouth.launcher.QuietLogging;
import org.southsouth.system.contract.ContractCheckingFilter;
import org.southsouth.system.contract.OpenApiContract;

/**
 * Starts the packaged platform once for all system tests, exactly as the run command does (embedded
 * infrastructure, the service jars as child processes), on free ports with nothing kept, and stops it when
 * the test run ends.
 */
public final class RunningPlatform implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static Platform platform;
    private static OpenApiContract contract;

    public static Platform platform() {
        return platform;
    }

    /** The merged OpenAPI document the platform serves, as a judge of answers. */
    public static OpenApiContract contract() {
        return contract;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (platform != null) {
            return;
        }
        QuietLogging.apply();
        Path home = Path.of(System.getProperty("platform.home", ".."))
                .toAbsolutePath()
                .normalize();
        platform = Platform.start(PlatformSettings.ephemeral(home), line -> System.out.println("[platform] " + line));
        RestAssured.baseURI = platform.gatewayUrl();
        // Every call goes through the gateway as its bootstrap admin would: with a bearer token.
        String token = RestAssured.given()
                .auth()
                .preemptive()
                .basic(platform.admin().clientId(), platform.admin().secret())
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        // The default authentication, so that a test may call as another client with .auth().oauth2(itsToken).
        RestAssured.authentication = RestAssured.oauth2(token);
        // Every answer any system test receives is judged by the document the platform serves.
        contract = new OpenApiContract(RestAssured.given()
                .get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        RestAssured.filters(new ContractCheckingFilter(contract));
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningPlatform.class.getName(), this);
    }

    @Override
    public void close() {
        platform.close();
    }
}
