package org.southsouth.backbone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a service is with one topic it learns from. */
@Schema(name = "TopicSyncState", description = "One topic the service reads")
public record TopicSyncState(
        @Schema(example = "partner.organizations") String topic,

        @Schema(description = "Whether its consumer reads now (false while it restarts after a failure)")
        boolean reading,

        @Schema(
                nullable = true,
                description = "Records published to the topic and not applied yet: the end of each partition minus "
                        + "the offset this service's consumer group has committed there (it commits only after the "
                        + "effect), read from Kafka when asked (an answer may be reused for 200 ms). 0 says every "
                        + "record published before then is applied. Null when Kafka did not answer.")
        Long lag) {}
