package org.southsouth.backbone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a service is with one topic it learns from. */
@Schema(name = "TopicSyncState", description = "One topic the service reads")
public record TopicSyncState(
        @Schema(example = "partner.organizations") String topic,
        @Schema(description = "Whether its consumer reads now (false while it restarts after a failure)") boolean reading,
        @Schema(description = "Records published and not applied yet; 0 when the service is up to date") long lag) {
}
