package org.southsouth.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.southsouth.embedded.InfrastructureException;
import org.southsouth.embedded.Ports;

/**
 * The whole platform on one machine: infrastructure first, then the services side by side, then the gateway once
 * they are ready. A service or the embedded PostgreSQL exiting on its own is restarted ({@link Supervisor}). Closing
 * stops everything, gateway first, infrastructure last.
 */
public final class Platform implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final PlatformSettings settings;
    private final Consumer<String> progress;
    private final Infrastructure infrastructure;
    private final Supervisor supervisor;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private boolean closed;

    private Platform(PlatformSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
        this.infrastructure = new Infrastructure(settings, progress);
        GatewayView gateway = new GatewayView(gatewayUrl(), gatewayManagementUrl());
        this.supervisor = new Supervisor(READY_TIMEOUT, RestartPolicy.standard(), gateway::describe, progress);
    }

    /** Starts everything and returns once all is ready; on failure stops what had started and throws. */
    public static Platform start(PlatformSettings settings, Consumer<String> progress) {
        Platform platform = prepare(settings, progress);
        platform.start();
        return platform;
    }

    /** A platform not started yet, so a caller can arrange to stop it before starting it (Ctrl-C during start-up). */
    public static Platform prepare(PlatformSettings settings, Consumer<String> progress) {
        return new Platform(settings, progress);
    }

    public void start() {
        try {
            startAll();
        } catch (InfrastructureException e) {
            close();
            throw new LaunchException(e.getMessage());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public String gatewayUrl() {
        return "http://localhost:" + settings.gatewayPort();
    }

    /** Where the gateway's health and metrics answer: its management port, never the public one. */
    public String gatewayManagementUrl() {
        return "http://localhost:" + settings.gatewayManagementPort();
    }

    public String serviceUrl(String service) {
        return process(service).spec().url();
    }

    /** The service's current process (a new one after each restart). */
    public ProcessHandle serviceProcess(String service) {
        return process(service).handle();
    }

    /** The gateway and the services started so far, in the order they were started. */
    synchronized List<ServiceProcess> services() {
        return List.copyOf(processes);
    }

    private ServiceProcess process(String service) {
        return processes.stream()
                .filter(p -> p.spec().name().equals(service))
                .findFirst()
                .orElseThrow();
    }

    /** The gateway's bootstrap admin client. */
    public AdminClient admin() {
        return settings.admin();
    }

    public Infrastructure infrastructure() {
        return infrastructure;
    }

    public Path logDir() {
        return processes.isEmpty() ? null : processes.get(0).log().getParent();
    }

    private void startAll() {
        if (closed) {
            throw new LaunchException("Stopped during start-up.");
        }
        Ports.requireFree(settings.gatewayPort(), "the gateway (GATEWAY_PORT)");
        Ports.requireFree(
                settings.gatewayManagementPort(), "the gateway's health and metrics (GATEWAY_MANAGEMENT_PORT)");
        Ports.requireFree(settings.partnerPort(), "partner-service (PARTNER_PORT)");
        Ports.requireFree(settings.volunteerPort(), "volunteer-service (VOLUNTEER_PORT)");
        Ports.requireFree(settings.eventsPort(), "events-service (EVENTS_PORT)");
        Ports.requireFree(settings.webhookPort(), "webhook-service (WEBHOOK_PORT)");
        infrastructure.start();
        if (infrastructure.embeddedPostgres() != null) {
            supervisor.watch(infrastructure.embeddedPostgres());
        }
        Path logDir = settings.logDir();
        List<ServiceSpec> services = List.of(
                new ServiceSpec("partner-service", settings.partnerPort(), postgresService("partner")),
                new ServiceSpec("volunteer-service", settings.volunteerPort(), postgresService("volunteer")),
                new ServiceSpec(
                        "events-service",
                        settings.eventsPort(),
                        withTokenVerification(Map.of(
                                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrap(),
                                "QUARKUS_MONGODB_CONNECTION_STRING", infrastructure.mongoUri()))),
                new ServiceSpec("webhook-service", settings.webhookPort(), webhookService()));
        startAndAwait(services, logDir);
        String gateway = gatewayUrl();
        Map<String, String> gatewayEnv = new HashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", infrastructure.createDatabase("gateway"),
                "QUARKUS_DATASOURCE_USERNAME", settings.postgresUser(),
                "QUARKUS_DATASOURCE_PASSWORD", settings.postgresPassword(),
                "GATEWAY_UPSTREAMS_PARTNER", "http://localhost:" + settings.partnerPort(),
                "GATEWAY_UPSTREAMS_VOLUNTEER", "http://localhost:" + settings.volunteerPort(),
                "GATEWAY_UPSTREAMS_EVENTS", "http://localhost:" + settings.eventsPort(),
                "GATEWAY_PUBLIC_URL", gateway,
                "QUARKUS_MANAGEMENT_PORT", String.valueOf(settings.gatewayManagementPort()),
                "GATEWAY_BOOTSTRAP_ADMIN_CLIENT_ID", settings.admin().clientId(),
                "GATEWAY_BOOTSTRAP_ADMIN_SECRET", settings.admin().secret()));
        gatewayEnv.put("GATEWAY_UPSTREAMS_WEBHOOK", "http://localhost:" + settings.webhookPort());
        if (settings.dataDir() != null) {
            gatewayEnv.put(
                    "GATEWAY_AUTH_SIGNING_KEY_LOCATION",
                    SigningKey.kept(settings.dataDir()).toString());
        }
        ServiceSpec gatewaySpec =
                new ServiceSpec("gateway", settings.gatewayPort(), settings.gatewayManagementPort(), gatewayEnv);
        startAndAwait(List.of(gatewaySpec), logDir);
    }

    private Map<String, String> postgresService(String database) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrap());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", infrastructure.createDatabase(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", settings.postgresUser());
        env.put("QUARKUS_DATASOURCE_PASSWORD", settings.postgresPassword());
        return withTokenVerification(env);
    }

    /** On a laptop the developer's own receiver is on localhost: let webhooks reach loopback (Main says so). */
    private Map<String, String> webhookService() {
        Map<String, String> env = postgresService("webhook");
        env.put("WEBHOOK_LOCAL_RUN_ALLOW_LOOPBACK", "true");
        return env;
    }

    /**
     * Services check the gateway's tokens themselves, against the keys it publishes. They start before the gateway;
     * the key set is fetched when the first token arrives, which comes through the gateway.
     */
    private Map<String, String> withTokenVerification(Map<String, String> env) {
        Map<String, String> verified = new HashMap<>(env);
        verified.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", gatewayUrl() + "/.well-known/jwks.json");
        verified.put("MP_JWT_VERIFY_ISSUER", gatewayUrl());
        return verified;
    }

    private void startAndAwait(List<ServiceSpec> specs, Path logDir) {
        long begin = System.nanoTime();
        List<ServiceProcess> starting = new ArrayList<>();
        for (ServiceSpec spec : specs) {
            ServiceProcess process = startProcess(spec, logDir);
            starting.add(process);
            progress.accept("  … " + spec.name() + " starting (log: " + process.log() + ")");
        }
        for (ServiceProcess process : starting) {
            process.awaitReady(READY_TIMEOUT);
            progress.accept(String.format(
                    "  ✓ %-17s %-28s %5.1f s",
                    process.spec().name(), process.spec().url(), (System.nanoTime() - begin) / 1e9));
            supervisor.watch(process);
        }
    }

    /** Registered under the lock, so a concurrent close stops this process too or prevents its start. */
    private synchronized ServiceProcess startProcess(ServiceSpec spec, Path logDir) {
        if (closed) {
            throw new LaunchException("Stopped during start-up.");
        }
        ServiceProcess process = ServiceProcess.start(spec, settings, logDir);
        processes.add(process);
        return process;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        supervisor.close();
        List<ServiceProcess> reversed = new ArrayList<>(processes);
        Collections.reverse(reversed);
        reversed.parallelStream().forEach(ServiceProcess::close);
        infrastructure.close();
    }
}
