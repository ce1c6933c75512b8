package org.southsouth.gateway.auth;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public keys of the gateway's tokens, for services and partners to verify them. */
@Path("/.well-known/jwks.json")
@Tag(name = "Authentication")
public class JwksResource {

    private static final String JWKS = "application/jwk-set+json";

    @Inject
    SigningKeys keys;

    @GET
    @Produces({JWKS, "application/json"})
    @Operation(
            operationId = "getJwks",
            summary = "Token signing keys (JWKS)",
            description =
                    "The RSA public keys (RFC 7517) the gateway's access tokens are signed with; pick by the token's `kid`.")
    @APIResponse(
            responseCode = "200",
            description = "The key set",
            content =
                    @Content(
                            mediaType = JWKS,
                            examples =
                                    @ExampleObject(
                                            name = "keys",
                                            value =
                                                    "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"3r4...\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\"0vx7...\",\"e\":\"AQAB\"}]}")))
    public Response jwks() {
        return Response.ok(keys.jwks(), JWKS)
                .header("Cache-Control", "public, max-age=300")
                .build();
    }
}
