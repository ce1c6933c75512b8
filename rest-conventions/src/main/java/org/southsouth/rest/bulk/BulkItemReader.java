package org.southsouth.rest.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.ProblemMappers;
import org.southsouth.rest.ValidBodies;

/**
 * Runs a batch item by item for a service whose items read into one record type. Each item is read and validated as
 * the body of the single request would be (so an unknown field or a bad value fails that item only, naming the
 * item's own field), then written by the service; a failure becomes the item's problem as the single request would
 * have answered it, and the next item goes on.
 */
@ApplicationScoped
public class BulkItemReader {

    private static final Logger LOG = Logger.getLogger(BulkItemReader.class);

    @Inject
    ValidBodies bodies;

    /** The service's write of one item, already read and valid; it answers what it did. */
    @FunctionalInterface
    public interface ItemWrite<T> {
        BulkItemResult apply(int index, T item);
    }

    /** Reads and writes each item in request order; {@code instance} names the request in the items' problems. */
    public <T> BulkResult run(BulkItems batch, Class<T> type, String instance, ItemWrite<T> write) {
        List<BulkItemResult> results = new ArrayList<>(batch.items().size());
        for (int index = 0; index < batch.items().size(); index++) {
            String externalId = batch.externalId(index);
            try {
                Optional<ApiProblem> refused = batch.externalIdProblem(index);
                if (refused.isPresent()) {
                    throw refused.get();
                }
                results.add(write.apply(index, read(batch.items().get(index), type)));
            } catch (RuntimeException e) {
                results.add(failed(index, externalId, e, instance));
            }
        }
        return BulkResult.of(results);
    }

    /** What an item that was written answers: 201 when created, else 200. */
    public static BulkItemResult written(int index, String externalId, BulkOutcome outcome, UUID id) {
        return new BulkItemResult(index, externalId, outcome, id, outcome == BulkOutcome.CREATED ? 201 : 200, null);
    }

    /** The item as {@code type}, read and validated as a single request's body; else a 400 naming its field. */
    public <T> T read(ObjectNode item, Class<T> type) {
        return bodies.read(item, type);
    }

    /** The item as {@code type}, read as a single request's body before the service validates it. */
    public <T> T parse(ObjectNode item, Class<T> type) {
        return bodies.bound(item, type);
    }

    /** What an item answers whose record was written before a later step of it failed: that failure, with the id. */
    public static BulkItemResult failedAfterWrite(
            int index, String externalId, UUID id, RuntimeException failure, String instance) {
        BulkItemResult failed = failed(index, externalId, failure, instance);
        return new BulkItemResult(index, externalId, BulkOutcome.FAILED, id, failed.status(), failed.problem());
    }

    /**
     * What an item that failed answers: the problem the single request would have had (found through wrappers such
     * as a transaction's; a 503 when the store cannot be reached), else a 500 that is logged; {@code instance} names
     * the request.
     */
    public static BulkItemResult failed(int index, String externalId, RuntimeException failure, String instance) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Optional<ApiProblem> problem = ProblemMappers.expectedFailure(cause);
            if (problem.isPresent()) {
                return BulkItemResult.failed(index, externalId, problem.get().toProblem(instance));
            }
        }
        LOG.errorf(failure, "Unexpected failure of a batch item on %s", instance);
        return BulkItemResult.failed(
                index,
                externalId,
                new ApiProblem(
                                500,
                                "internal",
                                "Internal error",
                                "The item could not be completed; it has been logged.",
                                List.of())
                        .toProblem(instance));
    }
}
