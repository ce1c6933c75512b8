package org.southsouth.demo;

/** An API client of the gateway (OAuth2 client credentials). */
public record ClientCredentials(String clientId, String clientSecret) {
}
