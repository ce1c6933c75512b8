package org.southsouth.webhook.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Everything webhook-service can be told: the consumer, the local-run allowance and how deliveries are made. */
@ConfigMapping(prefix = "webhook")
public interface WebhookSettings {

    Consumer consumer();

    LocalRun localRun();

    Delivery delivery();

    Retention retention();

    Metrics metrics();

    interface Consumer {
        /** Instances share one consumer group per topic: {@code <group>.<topic>}. */
        @WithDefault("webhook-service")
        String group();
    }

    interface LocalRun {
        /** Accept plain http and loopback targets: for the embedded run on a developer's machine only. */
        @WithDefault("false")
        boolean allowLoopback();
    }

    interface Retention {
        /** Consumed events are kept this long for replays (like the topics' retention), then dropped once nothing is owed. */
        @WithDefault("7d")
        Duration events();

        /** Deliveries that ended (delivered or failed) stay in the log this long after they were created. */
        @WithDefault("30d")
        Duration deliveries();

        /** How often the log is pruned. */
        @WithDefault("1h")
        Duration pruneEvery();
    }

    interface Metrics {
        /** How often the per-subscription queue gauges are recounted (the totals are read when scraped). */
        @WithDefault("15s")
        Duration perSubscriptionRefresh();
    }

    interface Delivery {
        /** The delay before each attempt; the first usually 0. Its length is the number of attempts. */
        @WithDefault("0s,5s,5m,30m,2h,5h,10h,14h,20h,24h")
        List<Duration> retrySchedule();

        /** Each delay is moved by up to this fraction either way, so retries of many deliveries spread out. */
        @WithDefault("0.1")
        double jitter();

        /** A 2xx must arrive within this time. */
        @WithDefault("15s")
        Duration timeout();

        /** The longest wait a Retry-After may ask for; a longer one is cut to this. */
        @WithDefault("24h")
        Duration maxRetryAfter();

        /** How often due retries (and deliveries other instances planned) are looked for. */
        @WithDefault("500ms")
        Duration pollInterval();

        /** Deliveries sent at the same time, all subscribers together. */
        @WithDefault("32")
        int workers();

        /** Deliveries to one subscription sent at the same time: a slow endpoint holds at most these workers. */
        @WithDefault("4")
        int perSubscription();

        /** How long the old secret keeps signing after a rotation. */
        @WithDefault("24h")
        Duration rotationOverlap();
    }
}
