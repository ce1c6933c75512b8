package org.southsouth.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * each record type in batches or one record per request. Events have no batch: both ways create and open them singly.
 * Keeps the ids the platform gave, and each record that failed with why.
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

    /** Loads the network and prints, per step, the seconds and requests it took. */
    final void run(String how) {
        StringBuilder steps = new StringBuilder("    " + how + ":");
        step(steps, "organizations", this::organizations);
        step(steps, "partnerships", this::partnerships);
        step(steps, "wait", () -> awaitOrganizationsKnown(CatchUp.Service.VOLUNTEERS));
        step(steps, "volunteers", this::volunteers);
        step(steps, "deployments", this::deployments);
        step(steps, "hours", this::hours);
        step(steps, "wait", () -> awaitOrganizationsKnown(CatchUp.Service.EVENTS));
        step(steps, "events", this::openEvents);
        step(steps, "wait", () -> catchUp.awaitTopics(CatchUp.Service.EVENTS));
        step(steps, "participations", this::participations);
        System.out.println(steps);
    }

    private void step(StringBuilder steps, String name, Runnable step) {
        long before = api.requests();
        long begin = System.nanoTime();
        step.run();
        steps.append(
                String.format(" %s %.1f s (%d),", name, (System.nanoTime() - begin) / 1e9, api.requests() - before));
    }

    abstract void organizations();

    abstract void partnerships();

    abstract void volunteers();

    /** Each deployment planned and brought to COMPLETED on its days. */
    abstract void deployments();

    abstract void hours();

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

    private void openEvents() {
        inParallel(BulkNetwork.EVENTS, i -> {
            String id = api.post("/api/v1/events", null, network.event(i, organization(BulkNetwork.partnerOf(i))))
                    .id();
            api.post("/api/v1/events/" + id + "/status", null, BulkNetwork.object("status", "OPEN"));
            events[i] = id;
        });
    }

    /** Once the last organization is known there, the ones written before it are too (its sync-state says so). */
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
