package org.southsouth.backbone;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a service answers about how far it has applied the events of the others it learns from. */
@Schema(name = "SyncState", description = "How far a service has applied the events of the others it learns from")
public record SyncState(
        List<TopicSyncState> topics,

        @Schema(
                nullable = true,
                description =
                        "Only with organizationId: the revision of that organization this service has "
                                + "applied (as in the organization's ETag at partner-service), 0 when it does not know the organization yet")
        Long organizationRevision,

        @Schema(
                nullable = true,
                description = "Only with waitSeconds: true when the service had applied every record published to "
                        + "its topics before the request arrived by the time it answered, false when the wait ran "
                        + "out (or Kafka did not answer) first")
        Boolean caughtUp) {

    /** The OpenAPI tag every service's sync-state is listed under, and its description. */
    public static final String TAG = "Sync state";

    public static final String TAG_DESCRIPTION = "What each service has applied of the events of the others, so a "
            + "client can wait for a change to reach a service instead of retrying a refused write";

    /**
     * The longest wait a client may ask for: the gateway gives an upstream 10 s to answer, and asking Kafka may add
     * up to 4 s.
     */
    public static final int MAX_WAIT_SECONDS = 5;

    /** Describes the waitSeconds query parameter, the same at every service. */
    public static final String WAIT_SECONDS = "Wait up to this many seconds (1 to " + MAX_WAIT_SECONDS
            + ") until the service has applied every record published to its topics before this request arrived, "
            + "then answer (caughtUp says whether it had). One such request after a client's last write replaces "
            + "polling. It waits for what is on the topics when it arrives: the writing service's outbox relay "
            + "publishes a committed write within milliseconds, later while Kafka is away; to be sure of one "
            + "organization's change, compare organizationRevision too.";
}
