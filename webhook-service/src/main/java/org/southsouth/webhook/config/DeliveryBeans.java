package org.southsouth.webhook.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.southsouth.webhook.delivery.RetrySchedule;
import org.southsouth.webhook.delivery.WebhookSender;
import org.southsouth.webhook.subscription.TargetUrlGuard;

/** The delivery machinery as configured, and a warning at start when the local-run allowance is on. */
public class DeliveryBeans {

    private static final Logger LOG = Logger.getLogger(DeliveryBeans.class);

    @Produces
    @Singleton
    TargetUrlGuard targetUrlGuard(WebhookSettings settings) {
        return new TargetUrlGuard(settings.localRun().allowLoopback());
    }

    @Produces
    @Singleton
    RetrySchedule retrySchedule(WebhookSettings settings) {
        WebhookSettings.Delivery delivery = settings.delivery();
        return new RetrySchedule(delivery.retrySchedule(), delivery.jitter(), delivery.maxRetryAfter());
    }

    @Produces
    @Singleton
    WebhookSender webhookSender(TargetUrlGuard guard, WebhookSettings settings) {
        return new WebhookSender(guard, settings.delivery().timeout());
    }

    void announce(@Observes StartupEvent startup, WebhookSettings settings) {
        if (settings.localRun().allowLoopback()) {
            LOG.warn("webhook.local-run.allow-loopback=true: plain http and loopback webhook targets are accepted. "
                    + "For a local run only, never in production.");
        }
    }
}
