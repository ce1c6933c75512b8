package org.southsouth.partner.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.bulk.BulkItemReader;
import org.southsouth.rest.bulk.BulkItemResult;
import org.southsouth.rest.bulk.BulkItems;
import org.southsouth.rest.bulk.BulkOutcome;
import org.southsouth.rest.bulk.BulkResult;
import org.southsouth.rest.bulk.JdbcExternalIds;
import org.southsouth.security.Caller;

/**
 * Runs a batch item by item, each in its own transaction together with the external id it claims, so a bad item
 * fails alone and answers what the same single request would have. An item names its record by the caller's
 * {@code externalId}, by {@code id}, or by neither (a new record).
 */
@ApplicationScoped
public class Batches {

    private static final String ID = "id";

    @Inject
    JdbcExternalIds externalIds;

    @Inject
    Caller caller;

    /** Writes one item (the fields without externalId and id): creates when {@code existing} is null, else updates. */
    @FunctionalInterface
    public interface ItemWriter {
        Written write(ObjectNode fields, UUID existing);
    }

    /** What an item did to which record. */
    public record Written(BulkOutcome outcome, UUID id) {

        static Written created(UUID id) {
            return new Written(BulkOutcome.CREATED, id);
        }

        /** An update: {@code unchanged} when the record's revision did not move. */
        static Written updated(UUID id, long revisionBefore, long revisionAfter) {
            return new Written(revisionAfter == revisionBefore ? BulkOutcome.UNCHANGED : BulkOutcome.UPDATED, id);
        }
    }

    /** {@code instance} names the request in the items' problems. */
    public BulkResult run(String family, BulkItems batch, String instance, ItemWriter writer) {
        Map<String, UUID> named = externalIds.findAll(caller.clientId(), family, batch.externalIds());
        List<BulkItemResult> results = new ArrayList<>(batch.items().size());
        for (int index = 0; index < batch.items().size(); index++) {
            String externalId = batch.externalId(index);
            try {
                Optional<ApiProblem> refused = batch.externalIdProblem(index);
                if (refused.isPresent()) {
                    throw refused.get();
                }
                ObjectNode item = batch.items().get(index);
                Written written = QuarkusTransaction.requiringNew()
                        .call(() -> one(family, item, externalId, named.get(externalId), writer));
                results.add(BulkItemReader.written(index, externalId, written.outcome(), written.id()));
            } catch (RuntimeException e) {
                results.add(BulkItemReader.failed(index, externalId, e, instance));
            }
        }
        return BulkResult.of(results);
    }

    /** The record this client's external id names in the family, for an item naming another record by it. */
    public Optional<UUID> named(String family, String externalId) {
        return externalIds.find(caller.clientId(), family, externalId);
    }

    private Written one(String family, ObjectNode item, String externalId, UUID named, ItemWriter writer) {
        ObjectNode fields = item.deepCopy();
        fields.remove(BulkItems.EXTERNAL_ID);
        Written written = writer.write(fields, existing(named, fields.remove(ID)));
        if (externalId != null && named == null) {
            UUID holder = externalIds.claim(caller.clientId(), family, externalId, written.id());
            if (!holder.equals(written.id())) {
                throw ApiProblem.conflict("externalId " + externalId + " was given to record " + holder
                        + " by a concurrent request; send the item again to update it");
            }
        }
        return written;
    }

    private static UUID existing(UUID named, JsonNode id) {
        UUID given = id == null || id.isNull() ? null : uuid(id);
        if (named != null && given != null && !named.equals(given)) {
            throw ApiProblem.conflict("externalId names record " + named + ", not " + given);
        }
        return named != null ? named : given;
    }

    private static UUID uuid(JsonNode id) {
        try {
            return UUID.fromString(id.asText());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField(ID, "must be a UUID");
        }
    }
}
