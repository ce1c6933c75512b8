package org.southsouth.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Chooses loopback ports: a free one when none is configured, or checks that a configured one is free. */
public final class Ports {

    private Ports() {}

    /** Returns {@code configured} when it is free, a free ephemeral port when {@code configured} is 0. */
    public static int resolve(int configured, String purpose) {
        if (configured == 0) {
            return free();
        }
        requireFree(configured, purpose);
        return configured;
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new InfrastructureException("No free loopback port is available: " + e.getMessage(), e);
        }
    }

    public static void requireFree(int port, String purpose) {
        // The wildcard address, as the servers bind it: a specific-address bind can succeed beside a wildcard one.
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new InfrastructureException("Port " + port + " for " + purpose
                    + " is already in use on localhost; stop what holds it or configure another port.");
        }
    }
}
