package org.southsouth.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void theGatewayUrlAloneLoadsWithoutAToken() {
        DemoDataLoader.Arguments arguments = DemoDataLoader.Arguments.parse(List.of("http://localhost:8080"));
        assertEquals("http://localhost:8080", arguments.gatewayUrl());
        assertNull(arguments.credentials());
    }

    @Test
    void clientCredentialsGetATokenFromTheGateway() {
        DemoDataLoader.Arguments arguments = DemoDataLoader.Arguments.parse(
                List.of("--client-id", "demo-loader", "https://api.example.org", "--client-secret", "s3cret"));
        assertEquals(new ClientCredentials("demo-loader", "s3cret", null), arguments.credentials());
    }

    @Test
    void anotherIssuersTokenEndpointCanBeNamed() {
        String keycloak = "http://localhost:8180/realms/southsouth/protocol/openid-connect/token";
        DemoDataLoader.Arguments arguments = DemoDataLoader.Arguments.parse(List.of(
                "http://localhost:8080",
                "--client-id",
                "demo-loader",
                "--client-secret",
                "s",
                "--token-url",
                keycloak));
        assertEquals(keycloak, arguments.credentials().tokenUrl());
    }

    @Test
    void aClientIdWithoutItsSecretOrNoUrlIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> DemoDataLoader.Arguments.parse(List.of("http://localhost:8080", "--client-id", "x")));
        assertThrows(
                IllegalArgumentException.class,
                () -> DemoDataLoader.Arguments.parse(List.of("--client-id", "x", "--client-secret", "y")));
        assertThrows(IllegalArgumentException.class, () -> DemoDataLoader.Arguments.parse(List.of("localhost:8080")));
    }
}
