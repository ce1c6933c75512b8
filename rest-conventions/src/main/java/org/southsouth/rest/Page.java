package org.southsouth.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total so clients can page through all of it. */
@Schema(name = "Page", description = "One page of results in a stable order")
public record Page<T>(
        @Schema(description = "Items of this page") List<T> items,

        @Schema(description = "Zero-based page index", example = "0")
        int page,

        @Schema(description = "Page size asked for (at most 200)", example = "50")
        int size,

        @Schema(description = "Items matching the filters, all pages together", example = "83")
        long total) {

    public static final int MAX_SIZE = 200;
    /** The last page index whose first item ({@code page × size}) is still an int offset at any size. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;
}
