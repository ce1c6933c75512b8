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
import org.southsouth.rest.ApiProblem;
import org.southsouth.security.Caller;

/** The contacts feed across organizations: personal data, for network staff and each organization's partners. */
@Path("/api/v1/organizations/contacts/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organization contacts")
public class ContactChangesResource {

    @Inject
    RecordJournalReads journal;

    @Inject
    JournalReaders readers;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listContactChanges",
            summary = "Read what changed in organization contacts",
            description = JournalTexts.FEED + " Network staff read every organization's contacts, a partner its own"
                    + " organization's; a deleted contact comes as a deleted tombstone.")
    @APIResponse(responseCode = "200", description = "Changed records and tombstones, and the cursor to read on from")
    @APIResponse(responseCode = "403", description = "Reporters and volunteer clients read no contacts")
    public ChangeFeedPage changes(@Valid @BeanParam ChangeFeedParameters parameters) {
        if (!caller.isStaff() && caller.partnerOrganization().isEmpty()) {
            throw ApiProblem.forbidden("Only network staff and partners read contacts.");
        }
        return journal.changes(PartnerJournal.CONTACT, parameters, readers.contacts());
    }
}
