package org.southsouth.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FootprintFiguresTest {

    @Test
    void heapUsedIsTheSumOfTheHeapPoolsOnly() {
        String exposition = """
            # TYPE jvm_memory_used_bytes gauge
            jvm_memory_used_bytes{area="heap",id="Tenured Gen"} 3.0E7
            jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 6.0E7
            jvm_memory_used_bytes{area="heap",id="Eden Space"} 1.5E7
            jvm_memory_used_bytes{area="heap",id="Survivor Space"} 1000000.0
            jvm_memory_max_bytes{area="heap",id="Eden Space"} 7.0E7
            """;

        assertEquals(OptionalLong.of(46_000_000), HeapUsed.inMetrics(exposition));
    }

    @Test
    void metricsWithoutHeapGaugesGiveNoFigure() {
        assertEquals(OptionalLong.empty(), HeapUsed.inMetrics("http_server_requests_seconds_count 3.0\n"));
    }

    @Test
    void residentMemoryOfALiveProcessIsRead() {
        OptionalLong resident =
                ProcessMemory.residentBytes(ProcessHandle.current().pid());

        assertTrue(resident.isPresent() && resident.getAsLong() > 1024 * 1024, "resident: " + resident);
    }

    @Test
    void theProportionalSizeOfALiveProcessTreeIsRead() {
        OptionalLong tree = ProcessMemory.proportionalBytesOfTree(ProcessHandle.current());

        assertTrue(tree.isPresent() && tree.getAsLong() > 1024 * 1024, "tree: " + tree);
    }

    @Test
    void aProcessThatIsGoneHasNoFigure() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();

        assertEquals(OptionalLong.empty(), ProcessMemory.residentBytes(ended.pid()));
    }
}
