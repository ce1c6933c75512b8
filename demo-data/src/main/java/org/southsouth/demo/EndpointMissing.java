package org.southsouth.demo;

/** The API has no such operation (yet): the record type that needs it is skipped, the rest of the load goes on. */
public final class EndpointMissing extends ApiException {

    private static final long serialVersionUID = 1L;

    public EndpointMissing(int status, String operation) {
        super(status, operation + " is not offered by this gateway (HTTP " + status + ")");
    }
}
