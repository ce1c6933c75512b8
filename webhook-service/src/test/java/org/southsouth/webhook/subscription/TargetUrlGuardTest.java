package org.southsouth.webhook.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TargetUrlGuardTest {

    private final TargetUrlGuard production = new TargetUrlGuard(false);
    private final TargetUrlGuard localRun = new TargetUrlGuard(true);

    @Test
    void loopbackAndPlainHttpAreRefusedOutsideTheLocalRun() {
        refused(production, "https://127.0.0.1/hook", "loopback");
        refused(production, "https://localhost:8443/hook", "loopback");
        refused(production, "https://[::1]/hook", "loopback");
        refused(production, "http://93.184.215.14/hook", "https");
    }

    @Test
    void theLocalRunAllowsLoopbackOverHttp() {
        assertEquals("127.0.0.1", localRun.check("http://127.0.0.1:9999/hook").getHost());
        assertEquals("localhost", localRun.check("http://localhost:9999/hook").getHost());
    }

    @Test
    void privateLinkLocalMetadataAndSharedAddressesAreRefusedEvenInTheLocalRun() {
        for (String url : new String[] {
            "https://10.1.2.3/",
            "https://172.16.0.1/",
            "https://192.168.1.1/",
            "https://169.254.169.254/latest/meta-data/",
            "https://[fe80::1]/",
            "https://[fd00::1]/",
            "https://100.64.0.1/",
            "https://0.0.0.0/",
            "https://[::ffff:10.0.0.1]/"
        }) {
            refused(localRun, url, "internal");
        }
    }

    @Test
    void malformedUrlsAreRefusedWithAReason() {
        refused(production, "not a url", "valid URL");
        refused(production, "/relative/path", "absolute");
        refused(production, "ftp://example.org/", "https");
        refused(production, "https://user:pass@example.org/", "credentials");
        refused(production, null, "required");
        refused(production, "https://host.invalid/hook", "does not resolve");
    }

    @Test
    void aPublicAddressPasses() {
        assertEquals(
                "93.184.215.14", production.check("https://93.184.215.14/hook").getHost());
    }

    private static void refused(TargetUrlGuard guard, String url, String reason) {
        TargetUrlGuard.RefusedTarget refusal =
                assertThrows(TargetUrlGuard.RefusedTarget.class, () -> guard.check(url), url);
        assertTrue(refusal.getMessage().contains(reason), url + ": " + refusal.getMessage());
    }
}
