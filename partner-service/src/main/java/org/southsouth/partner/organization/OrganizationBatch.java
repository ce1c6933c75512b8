package org.southsouth.partner.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.southsouth.bulk.postgres.BatchRunner;
import org.southsouth.rest.bulk.BulkItemReader;
import org.southsouth.rest.bulk.BulkItems;
import org.southsouth.rest.bulk.BulkResult;

/**
 * A batch of organizations: a new one is registered as createOrganization does, an existing one gets the item's
 * fields as the merge patch of updateOrganization; the same rules and events as those calls.
 */
@ApplicationScoped
public class OrganizationBatch {

    public static final String FAMILY = "organization";
    static final String PATH = "/api/v1/organizations/bulk";

    @Inject
    BatchRunner batches;

    @Inject
    BulkItemReader reader;

    @Inject
    OrganizationService organizations;

    public BulkResult write(BulkItems batch) {
        return batches.run(FAMILY, batch, PATH, (fields, existing) -> {
            if (existing == null) {
                OrganizationFields organization = reader.parse(fields, OrganizationFields.class);
                return BatchRunner.Written.created(organizations.register(organization).id);
            }
            long before = organizations.get(existing).revision();
            Organization updated = organizations.update(existing, null, fields);
            return BatchRunner.Written.updatedOrUnchanged(updated.revision() != before, existing);
        });
    }
}
