package org.southsouth.bulk.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.StateConflict;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.bulk.BulkItemReader;
import org.southsouth.rest.bulk.BulkItemResult;
import org.southsouth.rest.bulk.BulkItems;
import org.southsouth.rest.bulk.BulkOutcome;
import org.southsouth.rest.bulk.BulkResult;
import org.southsouth.security.Caller;

/**
 * Runs a batch on a PostgreSQL service: item by item, several items to a transaction, each item's writes with the
 * external id it claims, so a bad item fails alone (the others of its transaction are written again without it) and
 * answers what the same single request would have. An item names its record by the caller's {@code externalId}, by
 * {@code id}, or by neither (a new record).
 */
@ApplicationScoped
public class BatchRunner {

    private static final String ID = "id";
    /**
     * Items written in one transaction: one commit (and its flush to disk) for many items. A failed item costs the
     * rollback of the items before it in its transaction and their second writing.
     */
    private static final int ITEMS_PER_TRANSACTION = 50;

    @Inject
    JdbcExternalIds externalIds;

    @Inject
    Caller caller;

    @Inject
    EntityManager entityManager;

    @Inject
    BatchTransaction batchTransaction;

    /** Writes one item: creates the record when {@code existing} is null, else updates that record. */
    @FunctionalInterface
    public interface ItemWriter {
        Written write(ObjectNode fields, UUID existing);
    }

    /**
     * Called at the start of each transaction with the items it is about to write (as sent), to load what they refer
     * to in one query each instead of one per item.
     */
    @FunctionalInterface
    public interface Preparation {
        void prepare(List<ObjectNode> items);
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

    /** {@code instance} names the request in the items' problems (null: none). */
    public BulkResult run(String family, BulkItems batch, String instance, ItemWriter writer) {
        return run(family, batch, instance, items -> {}, writer);
    }

    public BulkResult run(String family, BulkItems batch, String instance, Preparation preparation, ItemWriter writer) {
        Map<String, UUID> named = externalIds.findAll(caller.clientId(), family, batch.externalIds());
        BulkItemResult[] results = new BulkItemResult[batch.items().size()];
        List<Integer> writable = new ArrayList<>(results.length);
        for (int index = 0; index < results.length; index++) {
            Optional<ApiProblem> refused = batch.externalIdProblem(index);
            if (refused.isPresent()) {
                results[index] = BulkItemResult.failed(
                        index, batch.externalId(index), refused.get().toProblem(instance));
            } else {
                writable.add(index);
            }
        }
        Items items = new Items(family, batch, instance, named, preparation, writer, results);
        for (int from = 0; from < writable.size(); ) {
            from += items.writeTogether(
                    writable.subList(from, Math.min(writable.size(), from + ITEMS_PER_TRANSACTION)));
        }
        return BulkResult.of(List.of(results));
    }

    /** The record another item of the same client names by its external id in the family, if any. */
    public Optional<UUID> named(String family, String externalId) {
        return externalIds.find(caller.clientId(), family, externalId);
    }

    /** The items of one batch and their answers so far. */
    private final class Items {

        private final String family;
        private final BulkItems batch;
        private final String instance;
        private final Map<String, UUID> named;
        private final Preparation preparation;
        private final ItemWriter writer;
        private final BulkItemResult[] results;

        Items(
                String family,
                BulkItems batch,
                String instance,
                Map<String, UUID> named,
                Preparation preparation,
                ItemWriter writer,
                BulkItemResult[] results) {
            this.family = family;
            this.batch = batch;
            this.instance = instance;
            this.named = named;
            this.preparation = preparation;
            this.writer = writer;
            this.results = results;
        }

        /**
         * Writes the items in one transaction and answers how many of them (from the first) are answered. Should an
         * item fail, the transaction rolls back and the items before it are written again without it; a failed first
         * item is answered as it is: what failed it (its own writes, or its external id held by another record) fails
         * it alone too.
         */
        int writeTogether(List<Integer> indexes) {
            List<Written> written = new ArrayList<>(indexes.size());
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    written.clear();
                    written.addAll(writeAll(indexes));
                });
            } catch (ItemFailed failed) {
                if (failed.position > 0) {
                    return writeTogether(indexes.subList(0, failed.position));
                }
                int index = indexes.get(0);
                results[index] = BulkItemReader.failed(index, batch.externalId(index), failed.item, instance);
                return 1;
            } catch (RuntimeException e) {
                // The items' flush or the commit failed, so no item can be blamed: each gets its own transaction.
                indexes.forEach(this::writeAlone);
                return indexes.size();
            }
            for (int position = 0; position < indexes.size(); position++) {
                int index = indexes.get(position);
                Written done = written.get(position);
                results[index] = BulkItemReader.written(index, batch.externalId(index), done.outcome(), done.id());
            }
            return indexes.size();
        }

        private void writeAlone(int index) {
            try {
                Written done = QuarkusTransaction.requiringNew()
                        .call(() -> writeAll(List.of(index)).get(0));
                results[index] = BulkItemReader.written(index, batch.externalId(index), done.outcome(), done.id());
            } catch (ItemFailed failed) {
                results[index] = BulkItemReader.failed(index, batch.externalId(index), failed.item, instance);
            } catch (RuntimeException e) {
                results[index] = BulkItemReader.failed(index, batch.externalId(index), e, instance);
            }
        }

        /**
         * Writes the items in the current transaction, flushes their writes together (one JDBC batch per statement)
         * and claims their new external ids in one statement. A failed flush of several items blames none of them.
         */
        private List<Written> writeAll(List<Integer> indexes) {
            batchTransaction.begin();
            entityManager.unwrap(Session.class).setJdbcBatchSize(ITEMS_PER_TRANSACTION);
            preparation.prepare(indexes.stream().map(batch.items()::get).toList());
            List<Written> written = new ArrayList<>(indexes.size());
            Map<String, Integer> claimedAt = new LinkedHashMap<>();
            Map<String, UUID> claims = new LinkedHashMap<>();
            for (int position = 0; position < indexes.size(); position++) {
                int index = indexes.get(position);
                try {
                    Written done = write(index);
                    written.add(done);
                    String externalId = batch.externalId(index);
                    if (externalId != null && !named.containsKey(externalId)) {
                        claimedAt.put(externalId, position);
                        claims.put(externalId, done.id());
                    }
                } catch (RuntimeException e) {
                    throw new ItemFailed(position, e);
                }
            }
            try {
                entityManager.flush();
            } catch (RuntimeException e) {
                throw indexes.size() == 1 ? new ItemFailed(0, e) : e;
            }
            Map<String, UUID> holders = externalIds.claimAll(caller.clientId(), family, claims);
            claims.forEach((externalId, id) -> {
                UUID holder = holders.get(externalId);
                if (!id.equals(holder)) {
                    throw new ItemFailed(
                            claimedAt.get(externalId),
                            new StateConflict("externalId " + externalId + " was given to record " + holder
                                    + " by a concurrent request; send the batch again to update it"));
                }
            });
            return written;
        }

        private Written write(int index) {
            UUID namedRecord = named.get(batch.externalId(index));
            ObjectNode fields = batch.items().get(index).deepCopy();
            fields.remove(BulkItems.EXTERNAL_ID);
            return writer.write(fields, existing(namedRecord, fields.remove(ID)));
        }
    }

    /** An item failed inside a transaction: the transaction rolls back. */
    private static final class ItemFailed extends RuntimeException {

        private final int position;
        private final RuntimeException item;

        ItemFailed(int position, RuntimeException item) {
            super(item);
            this.position = position;
            this.item = item;
        }
    }

    private static UUID existing(UUID named, JsonNode id) {
        UUID given = id == null || id.isNull() ? null : uuid(id);
        if (named != null && given != null && !named.equals(given)) {
            throw new StateConflict("externalId names record " + named + ", not " + given);
        }
        return named != null ? named : given;
    }

    private static UUID uuid(JsonNode id) {
        try {
            return UUID.fromString(id.asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(ID, "must be a UUID");
        }
    }
}
