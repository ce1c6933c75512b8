package org.southsouth.demo;

/**
 * An API client of the gateway (OAuth2 client credentials).
 *
 * @param tokenUrl where to get the token: the gateway's {@code /oauth2/token} when null, or another issuer's
 *                 token endpoint (e.g. Keycloak's, with the docker-compose profile {@code oidc})
 */
public record ClientCredentials(String clientId, String clientSecret, String tokenUrl) {}
