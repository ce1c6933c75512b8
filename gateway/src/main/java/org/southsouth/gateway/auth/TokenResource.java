package org.southsouth.gateway.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.gateway.limits.LoginThrottle;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.Problem;

/** OAuth 2.0 token endpoint, client credentials grant (RFC 6749 §4.4), for partner systems and tools. */
@Path(TokenResource.PATH)
@Tag(name = "Authentication", description = "Tokens for API clients")
public class TokenResource {

    static final String PATH = "/oauth2/token";
    private static final String GRANT = "client_credentials";
    private static final String BASIC = "Basic ";

    @Inject
    ClientCredentials credentials;

    @Inject
    TokenIssuer issuer;

    @Inject
    LoginThrottle throttle;

    @Context
    RoutingContext routing;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "clientBasic")
    @Operation(
            operationId = "issueToken",
            summary = "Get an access token",
            description =
                    "Client credentials grant. Authenticate with HTTP Basic (client id and secret, each form-URL-encoded) "
                            + "or with `client_id` and `client_secret` in the form, not both. The token is a JWT signed by the gateway "
                            + "(RS256, keys at `/.well-known/jwks.json`) carrying the client's roles (`groups`, `scope`) and, for "
                            + "partners, `organization_id`. Send it as `Authorization: Bearer <token>` to every `/api/v1` operation.")
    @APIResponse(
            responseCode = "200",
            description = "Token issued",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "`invalid_request`, `unsupported_grant_type` or `invalid_scope` (RFC 6749 §5.2)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OAuthError.class),
                            examples =
                                    @ExampleObject(
                                            name = "grant",
                                            value =
                                                    "{\"error\":\"unsupported_grant_type\",\"error_description\":\"Only client_credentials is supported\"}")))
    @APIResponse(
            responseCode = "401",
            description = "`invalid_client`: unknown or revoked client, or wrong secret",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OAuthError.class)))
    @APIResponse(
            responseCode = "429",
            description = "Too many failed attempts for this client id or from this address "
                    + "(`gateway.auth.failed-logins.*`); `Retry-After` says when to try again")
    public Response token(
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(description = "Must be `client_credentials`", example = GRANT) @FormParam("grant_type")
                    String grantType,
            @Parameter(description = "Client id, when not sent with HTTP Basic") @FormParam("client_id")
                    String clientId,
            @Parameter(description = "Client secret, when not sent with HTTP Basic") @FormParam("client_secret")
                    String clientSecret,
            @Parameter(
                            description =
                                    "Space-separated roles to limit the token to; all of the client's roles when absent",
                            example = "reporter")
                    @FormParam("scope")
                    String scope) {
        if (grantType == null || grantType.isBlank()) {
            return error(400, "invalid_request", "grant_type is required");
        }
        if (!GRANT.equals(grantType)) {
            return error(400, "unsupported_grant_type", "Only client_credentials is supported");
        }
        boolean basic = authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length());
        if (basic && (clientId != null || clientSecret != null)) {
            return error(
                    400,
                    "invalid_request",
                    "Send the client credentials either with HTTP Basic or in the form, not both");
        }
        Optional<String[]> idAndSecret = basic
                ? fromBasic(authorization.substring(BASIC.length()))
                : Optional.ofNullable(
                        clientId == null || clientSecret == null ? null : new String[] {clientId, clientSecret});
        String attemptedId = idAndSecret.map(pair -> pair[0]).orElse(null);
        String address = routing.request().remoteAddress() == null
                ? null
                : routing.request().remoteAddress().hostAddress();
        long blocked = throttle.secondsBlocked(attemptedId, address);
        if (blocked > 0) {
            return tooManyFailures(blocked);
        }
        Optional<Identity> identity = idAndSecret.flatMap(pair -> credentials.authenticate(pair[0], pair[1]));
        if (identity.isEmpty()) {
            throttle.failed(attemptedId, address);
            return error(401, "invalid_client", "Client authentication failed");
        }
        throttle.succeeded(attemptedId);
        Optional<Set<Role>> granted = narrow(identity.get().roles(), scope);
        if (granted.isEmpty()) {
            return error(400, "invalid_scope", "The scope asks for roles this client does not have: " + scope);
        }
        Identity scoped = new Identity(
                identity.get().clientId(),
                granted.get(),
                identity.get().organizationId(),
                identity.get().volunteerId(),
                identity.get().rateLimitPerMinute());
        TokenIssuer.IssuedToken token = issuer.issue(scoped);
        return noStore(Response.ok(new TokenResponse(token.accessToken(), "Bearer", token.expiresIn(), token.scope())));
    }

    private static Optional<Set<Role>> narrow(Set<Role> roles, String scope) {
        if (scope == null || scope.isBlank()) {
            return Optional.of(roles);
        }
        Set<Role> asked = EnumSet.noneOf(Role.class);
        for (String name : new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")))) {
            Optional<Role> role = Role.fromClaim(name);
            if (role.isEmpty() || !roles.contains(role.get())) {
                return Optional.empty();
            }
            asked.add(role.get());
        }
        return Optional.of(asked);
    }

    private static Optional<String[]> fromBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return Optional.of(new String[] {
                URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
            });
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Response error(int status, String code, String description) {
        Response.ResponseBuilder response =
                Response.status(status).type(MediaType.APPLICATION_JSON).entity(new OAuthError(code, description));
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"southsouth\", charset=\"UTF-8\"");
        }
        return noStore(response);
    }

    private static Response tooManyFailures(long seconds) {
        ApiProblem problem = new ApiProblem(
                429,
                "too-many-failed-logins",
                "Too many failed attempts",
                "Too many failed token requests for this client or from this address; retry in " + seconds + " s.",
                List.of());
        return noStore(Response.status(429)
                .type(Problem.MEDIA_TYPE)
                .entity(problem.toProblem(PATH))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .build();
    }

    @Schema(name = "TokenResponse", description = "RFC 6749 §5.1 access token response")
    public record TokenResponse(
            @JsonProperty("access_token") @Schema(description = "The JWT", example = "eyJraWQiOi...")
            String accessToken,

            @JsonProperty("token_type") @Schema(example = "Bearer")
            String tokenType,

            @JsonProperty("expires_in") @Schema(description = "Seconds until the token expires", example = "900")
            long expiresIn,

            @Schema(description = "The roles granted, space separated", example = "partner")
            String scope) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OAuthError", description = "RFC 6749 §5.2 error response")
    public record OAuthError(
            @Schema(example = "invalid_client") String error,

            @JsonProperty("error_description") @Schema(example = "Client authentication failed")
            String errorDescription) {}
}
