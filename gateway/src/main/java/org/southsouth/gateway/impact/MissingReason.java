package org.southsouth.gateway.impact;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "MissingReason",
        description = "SERVICE_UNAVAILABLE: the service did not answer in time, could not be reached or "
                + "failed (5xx). SERVICE_REFUSED: the service answered 4xx (e.g. the caller may not read it). FILTER_NOT_SUPPORTED: "
                + "the service cannot apply a requested filter, and an unfiltered figure would be wrong. NOT_PROVIDED: no service "
                + "offers this statistic yet.")
public enum MissingReason {
    SERVICE_UNAVAILABLE,
    SERVICE_REFUSED,
    FILTER_NOT_SUPPORTED,
    NOT_PROVIDED
}
