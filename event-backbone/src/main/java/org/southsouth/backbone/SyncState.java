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
        Long organizationRevision) {}
