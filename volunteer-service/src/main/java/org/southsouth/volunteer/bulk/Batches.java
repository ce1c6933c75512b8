package org.southsouth.volunteer.bulk;

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
 * Runs a batch item by item, each in its own transaction with the external id it claims, so a bad item fails alone
 * and answers what the same single request would have. An item names its record by the caller's {@code externalId},
 * by {@code id}, or by neither (a new record).
 */
@ApplicationScoped
public class Batches {

    private static final String ID = "id";

    @Inject
    JdbcExternalIds externalIds;

    @Inject
    Caller caller;

    /** Writes one item: creates the record when {@code existing} is null, else updates that record. */
    @FunctionalInterface
    public interface ItemWriter {
        Written write(ObjectNode fields, UUID existing);
    }

    /** What an item did to which record. */
    public record Written(BulkOutcome outcome, UUID id) {

        public static Written created(UUID id) {
            return new Written(BulkOutcome.CREATED, id);
        }

        public static Written updatedOrUnchanged(boolean changed, UUID id) {
            return new Written(changed ? BulkOutcome.UPDATED : BulkOutcome.UNCHANGED, id);
        }
    }

    public BulkResult run(String family, BulkItems batch, ItemWriter writer) {
        Map<String, UUID> named = externalIds.findAll(caller.clientId(), family, batch.externalIds());
        List<BulkItemResult> results = new ArrayList<>(batch.items().size());
        for (int index = 0; index < batch.items().size(); index++) {
            String externalId = batch.externalId(index);
            Optional<ApiProblem> refused = batch.externalIdProblem(index);
            results.add(
                    refused.isPresent()
                            ? BulkItemResult.failed(
                                    index, externalId, refused.get().toProblem(null))
                            : one(family, index, batch.items().get(index), externalId, named.get(externalId), writer));
        }
        return BulkResult.of(results);
    }

    /** The record another item of the same client names by its external id in the family, if any. */
    public Optional<UUID> named(String family, String externalId) {
        return externalIds.find(caller.clientId(), family, externalId);
    }

    private BulkItemResult one(
            String family, int index, ObjectNode item, String externalId, UUID named, ItemWriter writer) {
        try {
            Written written = QuarkusTransaction.requiringNew().call(() -> {
                ObjectNode fields = item.deepCopy();
                fields.remove(BulkItems.EXTERNAL_ID);
                UUID existing = existing(named, fields.remove(ID));
                Written done = writer.write(fields, existing);
                if (externalId != null && named == null) {
                    claim(family, externalId, done.id());
                }
                return done;
            });
            return BulkItemReader.written(index, externalId, written.outcome(), written.id());
        } catch (RuntimeException e) {
            return BulkItemReader.failed(index, externalId, e, null);
        }
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

    private void claim(String family, String externalId, UUID id) {
        UUID holder = externalIds.claim(caller.clientId(), family, externalId, id);
        if (!holder.equals(id)) {
            throw ApiProblem.conflict("externalId " + externalId + " was given to record " + holder
                    + " by a concurrent request; send the batch again to update it");
        }
    }
}
