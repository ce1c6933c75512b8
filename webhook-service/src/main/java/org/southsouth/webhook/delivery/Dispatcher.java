package org.southsouth.webhook.delivery;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.southsouth.webhook.config.WebhookSettings;

/**
 * Sends due deliveries: a poller claims as many as there are free workers, each worker makes one attempt and records
 * it. No transaction is open while a receiver is called. New deliveries, once committed, and a worker that comes free
 * ask for a claim at once rather than at the next poll: an event goes out as soon as it is planned, a backlog drains
 * at the workers' pace and the next event of a record follows its predecessor. The poll finds what came due by time
 * (retries) and what another instance planned.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    @Inject
    DeliveryQueue queue;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookSettings settings;

    private volatile ScheduledExecutorService poller;
    private ExecutorService workers;
    private Semaphore freeWorkers;
    private final AtomicBoolean claimAsked = new AtomicBoolean();

    void start(@Observes StartupEvent startup) {
        int size = settings.delivery().workers();
        freeWorkers = new Semaphore(size);
        workers = Executors.newFixedThreadPool(size, runnable -> daemon(runnable, "webhook-delivery"));
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "webhook-dispatcher"));
        long interval = settings.delivery().pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::dispatchDue, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        poller.shutdownNow();
        workers.shutdown();
        try {
            workers.awaitTermination(settings.delivery().timeout().toSeconds() + 1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatchDue() {
        int free = freeWorkers.drainPermits();
        try {
            List<DeliveryJob> jobs = free == 0 ? List.of() : queue.claim(free);
            freeWorkers.release(free - jobs.size());
            jobs.forEach(job -> workers.execute(() -> deliver(job)));
        } catch (RuntimeException e) {
            freeWorkers.release(free);
            LOG.warnf("Could not claim deliveries, trying again: %s", e.getMessage());
        }
    }

    private void deliver(DeliveryJob job) {
        try {
            queue.record(job, sender.send(job));
        } catch (RuntimeException e) {
            // The lease runs out and the delivery is tried again (same webhook-id, which receivers deduplicate).
            LOG.warnf("Could not record the attempt of delivery %s: %s", job.deliveryId(), e.getMessage());
        } finally {
            freeWorkers.release();
            claimSoon();
        }
    }

    void onDeliveriesOwed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesOwed owed) {
        claimSoon();
    }

    /** One claim waiting on the poller is enough for any number of requests that came meanwhile. */
    private void claimSoon() {
        if (poller == null) {
            return; // not started yet: its first poll finds them
        }
        if (claimAsked.compareAndSet(false, true)) {
            try {
                poller.execute(() -> {
                    claimAsked.set(false);
                    dispatchDue();
                });
            } catch (RejectedExecutionException stopping) {
                claimAsked.set(false);
            }
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
