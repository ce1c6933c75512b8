package org.southsouth.gateway.clients;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiClientWithSecret", description = "A client with its new secret: shown this once, store it now")
public record IssuedSecret(
        ClientView client,

        @Schema(description = "The client secret", example = "q5Vb3k0y7J1x2NwqS8d4tU6rZ9aC0eF1gH2iJ3kL4mN")
        String clientSecret) {}
