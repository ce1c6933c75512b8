package org.southsouth.webhook.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.southsouth.webhook.subscription.TargetUrlGuard;

/**
 * Makes one attempt of a delivery after the Standard Webhooks specification: POST of the CloudEvent with
 * {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}. The target is checked again right
 * before (its DNS may have changed since the subscription); redirects are never followed, so a 3xx is a failure.
 */
public final class WebhookSender {

    private static final int EXCERPT_CHARACTERS = 500;

    private final HttpClient client;
    private final TargetUrlGuard guard;
    private final Duration timeout;

    public WebhookSender(TargetUrlGuard guard, Duration timeout) {
        this.guard = guard;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    public AttemptResult send(DeliveryJob job) {
        long start = System.nanoTime();
        URI target;
        try {
            target = guard.check(job.url());
        } catch (TargetUrlGuard.RefusedTarget e) {
            return AttemptResult.noResponse(0, "Not sent: the URL " + e.getMessage());
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("content-type", DeliveryBody.MEDIA_TYPE)
                .header("user-agent", "southsouth-webhooks/1")
                .header("webhook-id", job.webhookId())
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header(
                        "webhook-signature",
                        WebhookSignature.header(job.webhookId(), timestamp, job.body(), job.secrets()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(job.body()))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String excerpt = excerpt(response.body());
            long latency = millisSince(start);
            int status = response.statusCode();
            String error = status >= 200 && status < 300 ? null : "The endpoint answered " + status;
            return new AttemptResult(status, latency, error, excerpt, retryAfter(response));
        } catch (HttpTimeoutException e) {
            return AttemptResult.noResponse(millisSince(start), "No answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            return AttemptResult.noResponse(millisSince(start), "Could not reach the endpoint: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.noResponse(millisSince(start), "Stopped while sending");
        }
    }

    private static String excerpt(InputStream body) throws IOException {
        try (body) {
            byte[] start = body.readNBytes(EXCERPT_CHARACTERS * 4);
            String text = new String(start, StandardCharsets.UTF_8);
            return text.length() > EXCERPT_CHARACTERS ? text.substring(0, EXCERPT_CHARACTERS) : text;
        }
    }

    /** Retry-After in seconds or as an HTTP date, on 429 and 503 only. */
    private static Duration retryAfter(HttpResponse<?> response) {
        if (response.statusCode() != 429 && response.statusCode() != 503) {
            return null;
        }
        String value =
                response.headers().firstValue("retry-after").map(String::strip).orElse(null);
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException e) {
            try {
                Duration until = Duration.between(
                        Instant.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException unparsable) {
                return null;
            }
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
