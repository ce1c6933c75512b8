package org.southsouth.backbone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a service is with one topic it learns from. */
@Schema(name = "TopicSyncState", description = "One topic the service reads")
public record TopicSyncState(
        @Schema(example = "partner.organizations") String topic,

        @Schema(description = "Whether its consumer reads now (false while it restarts after a failure)")
        boolean reading,

        @Schema(
                description =
                        "Records published and not applied yet, as of the consumer's last fetch (under a"
                                + " second old while it reads): 0 says it was up to date then, not that it has applied a write made"
                                + " since. To wait for a given change, compare organizationRevision (or poll the record) instead.")
        long lag) {}
