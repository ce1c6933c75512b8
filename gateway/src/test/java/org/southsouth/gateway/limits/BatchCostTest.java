package org.southsouth.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BatchCostTest {

    @Test
    void aBatchCountsAsOneRequestPlusOnePerStarted100KiB() {
        assertEquals(1, BatchCost.ofBytes(0));
        assertEquals(2, BatchCost.ofBytes(1));
        assertEquals(2, BatchCost.ofBytes(100 * 1024));
        assertEquals(3, BatchCost.ofBytes(100 * 1024 + 1));
        assertEquals(4, BatchCost.ofBytes(300 * 1024));
        assertEquals(104, BatchCost.ofBytes(10L * 1024 * 1024), "a batch at the gateway's 10 MiB body limit");
    }
}
