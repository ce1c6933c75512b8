package org.southsouth.backbone.postgres;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.southsouth.backbone.PollTransaction;

/**
 * A poll's records applied in one new JTA transaction: each handler's {@code @Transactional} joins it, so a busy
 * topic costs a commit per poll instead of one per event.
 */
public final class OnePollTransaction implements PollTransaction {

    public static final PollTransaction INSTANCE = new OnePollTransaction();

    private OnePollTransaction() {}

    @Override
    public void run(Runnable records) {
        QuarkusTransaction.requiringNew().run(records);
    }
}
