package org.southsouth.rest.bulk;

/** What every batch operation says alike in the OpenAPI documents. */
public final class BulkDescriptions {

    /** The rate-limit cost of a batch, as the gateway charges it. */
    public static final String COST = "A batch counts against the client's rate limit as 1 request plus 1 per started "
            + "100 KiB (102,400 bytes) of request body, never more than the client's per-minute limit: e.g. 500 "
            + "volunteers (263 KiB measured) cost 4 requests; the gateway reads the size from Content-Length, which a "
            + "batch must send (411 without it).";

    public static final String RULES = " Up to 500 items (none, more, or a body not {\"items\": [...]}: 400 naming "
            + "items, nothing changes). Each item is written on its own and answered in order in the 200 BulkResult: "
            + "created (201), updated (200), unchanged (200: nothing written, no event) or failed with the status and "
            + "problem the same single request would get (field errors name the item's own field; a bad item never "
            + "fails the others). An item names its record by externalId (kept per client: a batch sent again updates "
            + "what it created), else by id, else it is new; an externalId twice in one batch fails the second item "
            + "(400 naming externalId). Object-level rules and events per record as the single calls. The whole batch "
            + "is idempotent under Idempotency-Key. " + COST;
    public static final String RESULT = "One result per item, in request order, with counts per outcome";
    public static final String TOO_MANY = "items missing, empty, over 500 or not objects; nothing changed";
    public static final String KEY = "Makes retries safe (24 h): the same key and body answer the first BulkResult";
    public static final String KEY_RUNNING = "A batch with this Idempotency-Key is still running; items answer their "
            + "own 409s in the 200 BulkResult";
    public static final String KEY_REUSED =
            "The Idempotency-Key was used for another request; items answer their own " + "422s in the 200 BulkResult";
    public static final String TOO_LARGE = "The body is larger than the service accepts";

    private BulkDescriptions() {}
}
