package org.southsouth.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import java.util.List;
import org.junit.jupiter.api.Test;

class HopByHopHeadersTest {

    @Test
    void endToEndHeadersAreForwardedWithEveryValue() {
        MultiMap from = HttpHeaders.headers()
                .add("Authorization", "Bearer abc")
                .add("Accept", "application/json")
                .add("Accept", "text/csv")
                .add("X-Request-Id", "req-1")
                .add("User-Agent", "survey-tool/2");

        MultiMap to = copied(from);

        assertEquals(List.of("application/json", "text/csv"), to.getAll("Accept"));
        assertEquals("Bearer abc", to.get("Authorization"));
        assertEquals("req-1", to.get("X-Request-Id"));
        assertEquals("survey-tool/2", to.get("User-Agent"));
        assertEquals(4, to.names().size());
    }

    @Test
    void connectionHeadersAreDroppedWhateverTheirCase() {
        MultiMap from = HttpHeaders.headers()
                .add("Keep-Alive", "timeout=5")
                .add("TE", "trailers")
                .add("Trailer", "Expires")
                .add("transfer-encoding", "chunked")
                .add("Upgrade", "websocket")
                .add("PROXY-Authorization", "Basic eDp5")
                .add("Proxy-Authenticate", "Basic")
                .add("Host", "gateway.example.org")
                .add("Content-Type", "application/json");

        assertEquals(List.of("Content-Type"), List.copyOf(copied(from).names()));
    }

    @Test
    void headersTheConnectionHeaderNamesAreDropped() {
        MultiMap from = HttpHeaders.headers()
                .add("Connection", "keep-alive, X-Session-Hint")
                .add("connection", "x-debug-token")
                .add("X-Session-Hint", "sticky-7")
                .add("X-Debug-Token", "d1")
                .add("X-Client-Note", "kept");

        assertEquals(List.of("X-Client-Note"), List.copyOf(copied(from).names()));
    }

    @Test
    void aConnectionHeaderCannotDropTheBodysLength() {
        MultiMap from =
                HttpHeaders.headers().add("Connection", "Content-Length").add("Content-Length", "42");

        assertEquals("42", copied(from).get("Content-Length"));
    }

    private static MultiMap copied(MultiMap from) {
        MultiMap to = HttpHeaders.headers();
        HopByHopHeaders.copy(from, to);
        return to;
    }
}
