package org.southsouth.partner.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.journal.ChangeFeedPage;
import org.southsouth.partner.journal.PartnerJournal;
import org.southsouth.partner.service.JournalReaders;
import org.southsouth.rest.Problem;

/** The partnerships feed, under the partnership rule: another organization's DRAFT stays out. */
@Path("/api/v1/partnerships/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships")
public class PartnershipChangesResource {

    @Inject
    RecordJournalReads journal;

    @Inject
    JournalReaders readers;

    @GET
    @Operation(
            operationId = "listPartnershipChanges",
            summary = "Read what changed in partnerships",
            description = JournalTexts.FEED
                    + " A DRAFT shows only to network staff and its parties; a party taken off a DRAFT"
                    + " gets it as an out-of-scope tombstone.")
    @APIResponse(responseCode = "200", description = "Changed records and tombstones, and the cursor to read on from")
    @APIResponse(responseCode = "400", description = JournalTexts.BAD_CURSOR)
    @APIResponse(
            responseCode = "410",
            description = JournalTexts.GONE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public ChangeFeedPage changes(
            @Parameter(description = JournalTexts.CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(
                            description = JournalTexts.LIMIT,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "500",
                                            defaultValue = "100"))
                    @QueryParam("limit")
                    String limit) {
        return journal.changes(PartnerJournal.PARTNERSHIP, cursor, limit, readers.partnerships());
    }
}
