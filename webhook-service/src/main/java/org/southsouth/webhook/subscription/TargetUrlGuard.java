package org.southsouth.webhook.subscription;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Keeps deliveries off the platform's own network (SSRF): a target must be an absolute https URL whose host resolves
 * only to public addresses. Loopback, private, link-local (cloud metadata lives at 169.254.169.254), unique-local,
 * shared (100.64/10), multicast and unspecified addresses are refused. The local run may allow plain http and
 * loopback, never the others. Checked at subscription and again before every delivery, as DNS may have changed.
 */
public final class TargetUrlGuard {

    private final boolean allowLoopback;

    public TargetUrlGuard(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /** The URL, or a refusal saying why in words a client can act on. */
    public URI check(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowLoopback && scheme.equals("http"))) {
            throw new RefusedTarget("must be an https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedTarget("must not carry credentials; the signature authenticates deliveries");
        }
        if (uri.getRawFragment() != null) {
            throw new RefusedTarget("must not have a fragment");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new RefusedTarget("host " + uri.getHost() + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                throw new RefusedTarget("resolves to " + address.getHostAddress()
                        + ", a loopback, private, link-local or otherwise internal address");
            }
        }
        return uri;
    }

    private boolean allowed(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback;
        }
        return !(address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()
                || isUniqueLocal(address)
                || isSharedAddressSpace(address));
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new RefusedTarget("is required");
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new RefusedTarget(
                        "must be an absolute URL with a host, such as https://partner.example.org/webhooks");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new RefusedTarget("is not a valid URL: " + e.getReason());
        }
    }

    /** fc00::/7 */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10, carrier-grade NAT, internal to a provider's network. */
    private static boolean isSharedAddressSpace(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }

    /** A target this service will not call; the message completes "url ...". */
    public static class RefusedTarget extends RuntimeException {
        public RefusedTarget(String message) {
            super(message);
        }
    }
}
