package org.southsouth.webhook.delivery;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.webhook.Receiver;
import org.southsouth.webhook.subscription.SigningSecret;
import org.southsouth.webhook.subscription.TargetUrlGuard;

/** One attempt against a real HTTP endpoint, its signature checked by the Standard Webhooks library. */
class WebhookSenderTest {

    private static final byte[] BODY = "{\"specversion\":\"1.0\",\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    private Receiver receiver;
    private final WebhookSender sender = new WebhookSender(new TargetUrlGuard(true), Duration.ofSeconds(1));

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aDeliveryCarriesTheStandardWebhooksHeadersAndASignatureTheLibraryAccepts() throws Exception {
        String secret = SigningSecret.generate();
        String id = UUID.randomUUID().toString();
        AttemptResult result = sender.send(job(id, List.of(secret)));

        assertTrue(result.succeeded());
        Receiver.Received received = receiver.received().get(0);
        assertEquals(id, received.header("webhook-id"));
        assertEquals("application/cloudevents+json", received.header("content-type"));
        assertTrue(
                Math.abs(Long.parseLong(received.header("webhook-timestamp")) - System.currentTimeMillis() / 1000) < 5);
        received.verify(secret);
        assertThrows(WebhookVerificationException.class, () -> received.verify(SigningSecret.generate()));
    }

    @Test
    void duringARotationBothSecretsVerify() throws Exception {
        String current = SigningSecret.generate();
        String previous = SigningSecret.generate();
        sender.send(job(UUID.randomUUID().toString(), List.of(current, previous)));

        Receiver.Received received = receiver.received().get(0);
        assertEquals(2, received.header("webhook-signature").split(" ").length);
        assertDoesNotThrow(() -> received.verify(current));
        assertDoesNotThrow(() -> received.verify(previous));
    }

    @Test
    void aRedirectIsAFailureAndIsNotFollowed() {
        receiver.answer(request -> new Receiver.Answer(302, Map.of("Location", receiver.url() + "/elsewhere"), 0));
        AttemptResult result = sender.send(job(UUID.randomUUID().toString(), List.of(SigningSecret.generate())));

        assertFalse(result.succeeded());
        assertEquals(302, result.statusCode());
        assertEquals(1, receiver.received().size());
    }

    @Test
    void noAnswerInTimeIsAFailureWithoutStatus() {
        receiver.answer(request -> new Receiver.Answer(200, Map.of(), 2_000));
        AttemptResult result = sender.send(job(UUID.randomUUID().toString(), List.of(SigningSecret.generate())));

        assertFalse(result.succeeded());
        assertNull(result.statusCode());
        assertTrue(result.error().contains("No answer within"), result.error());
    }

    @Test
    void retryAfterIsReadOn429And503Only() {
        receiver.answer(request -> new Receiver.Answer(429, Map.of("Retry-After", "120"), 0));
        assertEquals(
                Duration.ofSeconds(120),
                sender.send(job("a", List.of(SigningSecret.generate()))).retryAfter());
        receiver.answer(request -> new Receiver.Answer(500, Map.of("Retry-After", "120"), 0));
        assertNull(sender.send(job("b", List.of(SigningSecret.generate()))).retryAfter());
    }

    @Test
    void theTargetIsCheckedAgainAtDeliveryAndAnInternalOneIsNeverCalled() {
        WebhookSender production = new WebhookSender(new TargetUrlGuard(false), Duration.ofSeconds(1));
        AttemptResult result = production.send(job(UUID.randomUUID().toString(), List.of(SigningSecret.generate())));

        assertFalse(result.succeeded());
        assertTrue(result.error().startsWith("Not sent"), result.error());
        assertTrue(receiver.received().isEmpty());
    }

    private DeliveryJob job(String webhookId, List<String> secrets) {
        return new DeliveryJob(UUID.randomUUID(), UUID.randomUUID(), receiver.url(), webhookId, BODY, secrets);
    }
}
