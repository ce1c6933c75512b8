package org.southsouth.events.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.backbone.TopicSyncState;

@Schema(name = "SyncState", description = "How far a service has applied the events of the others it learns from")
public record SyncStateView(
        List<TopicView> topics,
        @Schema(nullable = true, description = "Only with organizationId: the revision of that organization this service has "
                + "applied (as in the organization's ETag at partner-service), 0 when it does not know the organization yet")
        Long organizationRevision) {

    static SyncStateView of(List<TopicSyncState> states, Long organizationRevision) {
        return new SyncStateView(states.stream().map(s -> new TopicView(s.topic(), s.reading(), s.lag())).toList(),
                organizationRevision);
    }

    @Schema(name = "TopicSyncState", description = "One topic the service reads")
    public record TopicView(
            @Schema(example = "partner.organizations") String topic,
            @Schema(description = "Whether its consumer reads now (false while it restarts after a failure)") boolean reading,
            @Schema(description = "Records published and not applied yet; 0 when the service is up to date") long lag) {
    }
}
