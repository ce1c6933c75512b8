package org.southsouth.rest.bulk;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a batch did with one item. */
public enum BulkOutcome {
    @JsonProperty("created")
    CREATED,
    @JsonProperty("updated")
    UPDATED,
    @JsonProperty("unchanged")
    UNCHANGED,
    @JsonProperty("failed")
    FAILED
}
