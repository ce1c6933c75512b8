package org.southsouth.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record to put into the caller's mirror as it now is, or a tombstone telling it to drop the record. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ChangeFeedItem", description = "A changed record as it now is, or a tombstone with its reason")
public record ChangeFeedItem(
        @Schema(required = true) UUID id,

        @Schema(required = true, description = "When the record last changed")
        Instant changedAt,

        @Schema(description = "True for a tombstone: drop the record from the mirror")
        boolean removed,

        @Schema(
                nullable = true,
                description = "Why the record is to be dropped (tombstones only): deleted, erased (a volunteer's"
                        + " personal data), or out-of-scope (it still exists, but the caller may no longer read"
                        + " it). There is no merged: no operation merges records.")
        TombstoneReason reason,

        @Schema(
                type = SchemaType.OBJECT,
                nullable = true,
                description = "The record as its single GET shows it to the caller (absent on tombstones)")
        Object record) {

    public static ChangeFeedItem current(UUID id, Instant changedAt, Object record) {
        return new ChangeFeedItem(id, changedAt, false, null, record);
    }

    public static ChangeFeedItem tombstone(UUID id, Instant changedAt, TombstoneReason reason) {
        return new ChangeFeedItem(id, changedAt, true, reason, null);
    }
}
