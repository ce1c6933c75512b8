package org.southsouth.partner.organization;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.journal.ChangeFeedPage;
import org.southsouth.journal.ChangeFeedParameters;
import org.southsouth.partner.journal.JournalReaders;
import org.southsouth.partner.journal.JournalTexts;
import org.southsouth.partner.journal.PartnerJournal;
import org.southsouth.partner.rest.RecordJournalReads;

/** The organizations feed: every caller may read every organization. */
@Path("/api/v1/organizations/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class OrganizationChangesResource {

    @Inject
    RecordJournalReads journal;

    @Inject
    JournalReaders readers;

    @GET
    @Operation(
            operationId = "listOrganizationChanges",
            summary = "Read what changed in organizations",
            description = JournalTexts.FEED + " Organizations are never deleted: this feed has no tombstones.")
    @APIResponse(responseCode = "200", description = "Changed records and tombstones, and the cursor to read on from")
    public ChangeFeedPage changes(@Valid @BeanParam ChangeFeedParameters parameters) {
        return journal.changes(PartnerJournal.ORGANIZATION, parameters, readers.organizations());
    }
}
