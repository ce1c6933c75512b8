package org.southsouth.gateway;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the gateway with Quarkus' own URI check turned off: it answers an invalid URI with an empty 400 before any
 * handler of the application runs. {@link org.southsouth.gateway.routing.UriSyntax} makes the same check and answers a
 * problem. Quarkus reads the property once, when its HTTP recorder is loaded, so it has to be set before Quarkus starts.
 */
@QuarkusMain
public class GatewayMain {

    private static final String DISABLE_QUARKUS_URI_CHECK = "vertx.disableURIValidation";

    public static void main(String... args) {
        System.setProperty(DISABLE_QUARKUS_URI_CHECK, "true");
        Quarkus.run(args);
    }
}
