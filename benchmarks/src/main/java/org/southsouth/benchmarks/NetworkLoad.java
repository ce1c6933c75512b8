package org.southsouth.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.southsouth.demo.CatchUp;
import org.southsouth.demo.GatewayClient;

/**
 * Loads the network of issue 16 through the gateway in the order an integrator must (organizations before what names
 * them, a service's knowledge of the others waited for on its sync-state), one way or another: the subclasses send
 * each record type in batches or one record per request. Keeps the ids the platform gave, and each record that failed
 * with why.
 */
abstract class NetworkLoad {

    /** Requests in flight at once: both ways wait on the services' round trips, not on this machine's cores. */
    static final int PARALLEL_REQUESTS = 8;

    protected final GatewayClient api;
    protected final BulkNetwork network;
    final String[] organizations = new String[BulkNetwork.ORGANIZATIONS];
    final String[] volunteers = new String[BulkNetwork.VOLUNTEERS];
    final String[] events = new String[BulkNetwork.EVENTS];
    final String[] deployments = new String[BulkNetwork.DEPLOYMENTS];
    final String[] participations = new String[BulkNetwork.PARTICIPATIONS];
    private final CatchUp catchUp;
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    NetworkLoad(GatewayClient api, BulkNetwork network) {
        this.api = api;
        this.network = network;
        this.catchUp = new CatchUp(api);
    }

    /**
     * Loads the network and prints, per step, the seconds and requests it took. After the organizations, two lanes run
     * side by side, one per service, as an integrator may: volunteer-service's volunteers, deployments and hours, and
     * events-service's events then participations, which wait for the volunteers to be sent and known there.
     */
    final void run(String how) {
        StringBuilder partner = new StringBuilder();
        step(partner, "organizations", this::organizations);
        step(partner, "partnerships", this::partnerships);
        StringBuilder volunteerLane = new StringBuilder();
        StringBuilder eventsLane = new StringBuilder();
        CountDownLatch volunteersSent = new CountDownLatch(1);
        inParallel(2, 2, lane -> {
            if (lane == 0) {
                try {
                    step(volunteerLane, "wait", () -> awaitOrganizationsKnown(CatchUp.Service.VOLUNTEERS));
                    step(volunteerLane, "volunteers", this::volunteers);
                } finally {
                    volunteersSent.countDown();
                }
                step(volunteerLane, "deployments", this::deployments);
                step(volunteerLane, "hours", this::hours);
            } else {
                step(eventsLane, "wait", () -> awaitOrganizationsKnown(CatchUp.Service.EVENTS));
                step(eventsLane, "events", this::events);
                step(eventsLane, "wait for the volunteers", () -> {
                    awaitUninterruptibly(volunteersSent);
                    catchUp.awaitTopics(CatchUp.Service.EVENTS);
                });
                step(eventsLane, "participations", this::participations);
            }
        });
        System.out.printf(
                "    %s:%n      partner-service:%s%n      then side by side, volunteer-service:%s%n"
                        + "                        events-service:%s%n",
                how, partner, volunteerLane, eventsLane);
    }

    private static void step(StringBuilder steps, String name, Runnable step) {
        long begin = System.nanoTime();
        long requests = GatewayClient.countRequests(step);
        steps.append(String.format(" %s %.1f s (%d),", name, (System.nanoTime() - begin) / 1e9, requests));
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    abstract void organizations();

    abstract void partnerships();

    abstract void volunteers();

    /** Each deployment planned and brought to COMPLETED on its days. */
    abstract void deployments();

    abstract void hours();

    /** Each event drafted and opened. */
    abstract void events();

    /** Each participation registered and brought to its attendance. */
    abstract void participations();

    List<String> failures() {
        return failures;
    }

    protected void failed(String what) {
        failures.add(what);
    }

    protected String organization(int i) {
        return organizations[i];
    }

    /**
     * Once the service knows the last organization and has applied what was on its topics (its sync-state says so),
     * it knows the organizations written before, and events-service the volunteers too.
     */
    private void awaitOrganizationsKnown(CatchUp.Service service) {
        String last = organization(BulkNetwork.ORGANIZATIONS - 1);
        long revision =
                api.get("/api/v1/organizations/" + last).body().path("revision").asLong();
        catchUp.awaitOrganization(service, last, revision);
    }

    /** Runs {@code each} for 0 to count - 1, {@link #PARALLEL_REQUESTS} at a time. */
    static void inParallel(int count, IntConsumer each) {
        inParallel(PARALLEL_REQUESTS, count, each);
    }

    /** Runs {@code each} for 0 to count - 1, {@code threads} at a time. */
    static void inParallel(int threads, int count, IntConsumer each) {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                done.add(workers.submit(() -> each.accept(index)));
            }
            for (Future<?> one : done) {
                one.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            workers.shutdownNow();
        }
    }
}
