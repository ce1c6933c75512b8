package org.southsouth.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** What every service's REST conventions can be told (the key names predate the module, hence the prefix). */
@ConfigMapping(prefix = "southsouth")
public interface RestConventionsSettings {

    Tracing tracing();

    Idempotency idempotency();

    StoreOutage storeOutage();

    interface Tracing {
        /**
         * Also write each ended span to the log (tracing must be on too): a trace to read where no collector runs, e.g.
         * the embedded local run and the system tests.
         */
        @WithDefault("false")
        boolean logSpans();
    }

    interface Idempotency {
        /**
         * A claimed {@code Idempotency-Key} without a response for this long belongs to a request that died, and a
         * retry takes it over. Far longer than any request runs (a batch may take a minute at the gateway).
         */
        @WithDefault("2m")
        Duration abandonedAfter();
    }

    interface StoreOutage {
        /**
         * What {@code Retry-After} (and the problem's detail) tells a client whose request found the service's store
         * unreachable (503 {@code store-unavailable}), in whole seconds: long enough for the launcher to restart a
         * store that died, or a pool to free a connection.
         */
        @WithDefault("5s")
        Duration retryAfter();
    }
}
