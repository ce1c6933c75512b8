package org.southsouth.journal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.southsouth.failure.InvalidInput;

/**
 * The query parameters of every changes feed, taken with {@code @Valid @BeanParam}: where to go on from and how many
 * journal entries to read at most. A limit out of range is a 400 naming {@code limit}, a cursor no feed issued one
 * naming {@code cursor}; the 400 and 410 responses are declared for every feed by the contract filter.
 */
public class ChangeFeedParameters {

    public static final int MAX_LIMIT = 500;

    @QueryParam("cursor")
    @Parameter(description = "nextCursor of the page read before; none to start from the beginning")
    String cursor;

    @QueryParam("limit")
    @DefaultValue("100")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "Journal entries to read at most, 1 to 500 (default 100)")
    int limit;

    public ChangeFeedParameters() {}

    public ChangeFeedParameters(String cursor, int limit) {
        this.cursor = cursor;
        this.limit = limit;
    }

    /** Where to read on from: the start without a cursor. */
    public ChangeCursor cursor() {
        try {
            return ChangeCursor.decode(cursor);
        } catch (ChangeCursor.InvalidCursorException e) {
            throw new InvalidInput("cursor", e.getMessage());
        }
    }

    public int limit() {
        return limit;
    }
}
