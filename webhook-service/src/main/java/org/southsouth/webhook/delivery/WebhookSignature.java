package org.southsouth.webhook.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.southsouth.webhook.subscription.SigningSecret;

/**
 * The {@code webhook-signature} header of the Standard Webhooks specification: {@code v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">}, one per secret, space-separated, so receivers holding either secret of a rotation accept it.
 */
public final class WebhookSignature {

    private WebhookSignature() {}

    public static String header(String webhookId, long timestamp, byte[] body, List<String> secrets) {
        byte[] signed = signedContent(webhookId, timestamp, body);
        return secrets.stream()
                .map(secret -> "v1," + hmac(SigningSecret.key(secret), signed))
                .collect(Collectors.joining(" "));
    }

    private static byte[] signedContent(String webhookId, long timestamp, byte[] body) {
        byte[] prefix = (webhookId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        System.arraycopy(body, 0, content, prefix.length, body.length);
        return content;
    }

    private static String hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
