package org.southsouth.backbone;

/**
 * Runs the records of one poll as one unit of work, typically one database transaction, so that a consumer applying
 * many small events pays for one commit instead of one each. Every effect of {@code records} is kept, or, when
 * {@code records} or the commit throws, none is and the exception is rethrown; the consumer then applies the records
 * one at a time as it would without this.
 */
@FunctionalInterface
public interface PollTransaction {

    void run(Runnable records);
}
