package org.southsouth.journal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why a changes feed tells a caller to drop a record from its mirror. These three are every reason a client can meet:
 * there is no {@code merged}, because no operation of the platform merges two records into one.
 */
public enum TombstoneReason {
    /** The record was removed for good. */
    @JsonProperty("deleted")
    DELETED,
    /** The volunteer's personal data was erased. */
    @JsonProperty("erased")
    ERASED,
    /** The record still exists, but the caller may no longer read it. */
    @JsonProperty("out-of-scope")
    OUT_OF_SCOPE
}
