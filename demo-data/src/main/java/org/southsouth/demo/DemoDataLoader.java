package org.southsouth.demo;

import java.util.List;
import java.util.function.Consumer;

/**
 * Loads the synthetic demo network through the gateway's public API only, as a partner system would: in batches
 * where the API has them, each item under a stable externalId, and waiting on the services' sync-state for what they
 * learn from each other. Loading twice creates nothing: a batch sent again finds its records by their externalIds,
 * other records are looked up by their natural key before they are created (with a stable Idempotency-Key), and
 * life-cycle steps are taken only where a record has not reached its demo status yet.
 *
 * <pre>java -jar demo-data/target/demo-data.jar http://localhost:8080 [--client-id ID --client-secret SECRET [--token-url URL]]</pre>
 */
public final class DemoDataLoader {

    private final GatewayClient api;
    private final Consumer<String> progress;

    public DemoDataLoader(String gatewayUrl, ClientCredentials credentials, Consumer<String> progress) {
        this.api = new GatewayClient(gatewayUrl, credentials);
        this.progress = progress;
    }

    public LoadReport load() {
        LoadReport report = new LoadReport(progress);
        PartnerRecords partners = new PartnerRecords(api, report, new CatchUp(api));
        VolunteerRecords volunteers = new VolunteerRecords(api, report, partners);
        EventRecords events = new EventRecords(api, report, partners, volunteers);
        OpportunityRecords opportunities = new OpportunityRecords(api, report, partners, volunteers);
        long begin = System.nanoTime();
        step(begin, "organizations and partnerships", partners::load);
        step(begin, "volunteers and deployments", volunteers::loadVolunteersAndDeployments);
        step(begin, "opportunities and applications", opportunities::load);
        step(begin, "events, participants and knowledge products", events::load);
        step(
                begin,
                "service hours",
                () -> volunteers.loadServiceHours(events.eventVolunteers(), events.eventsByTitle()));
        return report;
    }

    /** One step of the load, announced with the time since the load began and the requests sent so far. */
    private void step(long begin, String what, Runnable load) {
        progress.accept(String.format(
                "Loading demo data: %s… (at %.1f s, %d requests)",
                what, (System.nanoTime() - begin) / 1e9, api.requests()));
        load.run();
    }

    public static void main(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(
                    "usage: DemoDataLoader <gatewayUrl> [--client-id ID --client-secret SECRET [--token-url URL]]");
            System.exit(2);
            return;
        }
        LoadReport report;
        long started = System.nanoTime();
        DemoDataLoader loader =
                new DemoDataLoader(arguments.gatewayUrl(), arguments.credentials(), System.out::println);
        try {
            report = loader.load();
        } catch (ApiException e) {
            System.err.println("✗ " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.print(report.summary());
        System.out.printf(
                "%d records created, %d updated, %d status changes, %d failures; %d requests in %.1f s.%n",
                report.totalCreated(),
                report.totalUpdated(),
                report.totalChanged(),
                report.failures().size(),
                loader.api.requests(),
                (System.nanoTime() - started) / 1e9);
        System.exit(report.failures().isEmpty() ? 0 : 1);
    }

    record Arguments(String gatewayUrl, ClientCredentials credentials) {

        static Arguments parse(List<String> args) {
            String url = null;
            String clientId = null;
            String clientSecret = null;
            String tokenUrl = null;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--client-id" -> clientId = value(args, ++i, arg);
                    case "--client-secret" -> clientSecret = value(args, ++i, arg);
                    case "--token-url" -> tokenUrl = value(args, ++i, arg);
                    default -> {
                        if (arg.startsWith("--") || url != null) {
                            throw new IllegalArgumentException("Unexpected argument: " + arg);
                        }
                        url = arg;
                    }
                }
            }
            if (url == null || !url.matches("https?://.+")) {
                throw new IllegalArgumentException("The gateway URL (http://host:port) is required.");
            }
            if ((clientId == null) != (clientSecret == null)) {
                throw new IllegalArgumentException("--client-id and --client-secret go together.");
            }
            if (tokenUrl != null && clientId == null) {
                throw new IllegalArgumentException("--token-url needs --client-id and --client-secret.");
            }
            return new Arguments(
                    url, clientId == null ? null : new ClientCredentials(clientId, clientSecret, tokenUrl));
        }

        private static String value(List<String> args, int index, String flag) {
            if (index >= args.size()) {
                throw new IllegalArgumentException(flag + " needs a value.");
            }
            return args.get(index);
        }
    }
}
