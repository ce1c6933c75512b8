package org.southsouth.backbone.postgres;

/** Maps an aggregate to the relay slot that owns its events. */
final class RelaySlots {

    private RelaySlots() {}

    static short of(String aggregateId, int slots) {
        return (short) Math.floorMod(aggregateId.hashCode(), slots);
    }
}
