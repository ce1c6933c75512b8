package org.southsouth.rest.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.RestConventionsSettings;

/**
 * Makes a POST safe to retry. With an {@code Idempotency-Key}, the first request runs and its response is kept
 * for 24 hours; a retry with the same key and body gets that response again, its headers too (ETag and the like,
 * plus {@code Idempotency-Replayed: true}), and changes nothing; the same key with another body is refused (422);
 * a retry while the first is still running gets 409. A claim without a response for longer than any request runs
 * belongs to a request that died, before or after its commit; a retry takes the key over and runs again, so the key
 * is not blocked for 24 hours (an effect the dead request committed is not seen). Without a key the action simply
 * runs. Keys are kept per {@link IdempotencyKeyOwner} when the service has one (the calling client).
 *
 * <p>Use it in a resource method: {@code return idempotentRequests.run(key, "POST /api/v1/things", body,
 * () -> Response.created(...).entity(view).build());}
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    // The 24 hours are part of the API contract (every Idempotency-Key parameter says so), not a setting.
    private static final Duration RETENTION = Duration.ofHours(24);
    // Set again on replay from what is stored, or not a header of the answer itself.
    private static final Set<String> NOT_KEPT = Set.of(
            HttpHeaders.LOCATION.toLowerCase(Locale.ROOT),
            HttpHeaders.CONTENT_TYPE.toLowerCase(Locale.ROOT),
            HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT));
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    /** Resolved on use, so a service without POST endpoints needs no store. */
    @Inject
    Instance<IdempotencyStore> stores;

    @Inject
    Instance<IdempotencyKeyOwner> owners;

    @Inject
    ObjectMapper json;

    @Inject
    RestConventionsSettings settings;

    public Response run(String key, String operation, Object requestBody, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw ApiProblem.invalidField(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        IdempotencyStore store = stores.get();
        String scope = owners.isResolvable() ? operation + " by " + owners.get().current() : operation;
        String fingerprint = fingerprint(operation, requestBody);
        String token = UUID.randomUUID().toString();
        Optional<IdempotencyRecord> earlier = store.claim(
                scope,
                key,
                token,
                fingerprint,
                RETENTION,
                settings.idempotency().abandonedAfter());
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }
        Response response;
        try {
            response = action.get();
        } catch (RuntimeException e) {
            store.release(scope, key, token);
            throw e;
        }
        if (response.getStatus() >= 500) {
            store.release(scope, key, token);
        } else {
            URI location = response.getLocation();
            store.complete(
                    scope,
                    key,
                    token,
                    new StoredResponse(
                            response.getStatus(),
                            location == null ? null : location.toString(),
                            keptHeaders(response),
                            write(response.getEntity())));
        }
        return response;
    }

    private static Response replay(IdempotencyRecord earlier, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw new ApiProblem(
                    422,
                    "idempotency-key-reused",
                    "Idempotency-Key reused",
                    "This Idempotency-Key was used for a different request; use a new key for a new request.",
                    List.of());
        }
        if (earlier.inProgress()) {
            throw new ApiProblem(
                    409,
                    "idempotency-key-in-progress",
                    "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry shortly.",
                    List.of());
        }
        StoredResponse stored = earlier.response();
        Response.ResponseBuilder replay = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.location() != null) {
            replay.location(URI.create(stored.location()));
        }
        stored.headers().forEach((name, values) -> values.forEach(value -> replay.header(name, value)));
        if (stored.body() != null) {
            replay.entity(stored.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return replay.build();
    }

    private static Map<String, List<String>> keptHeaders(Response response) {
        Map<String, List<String>> kept = new TreeMap<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                kept.put(name, List.copyOf(values));
            }
        });
        return kept;
    }

    private String fingerprint(String operation, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    private String write(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the response for replay", e);
        }
    }
}
