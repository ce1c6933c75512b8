package org.southsouth.events;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.bson.BsonValue;

/** Counts the MongoDB commands this service sends, by the sending thread's kind, command and collection. */
@ApplicationScoped
public class MongoCommands implements CommandListener {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String thread = Thread.currentThread().getName().replaceAll("[-#]?\\d+$", "");
        BsonValue collection = event.getCommand().get(event.getCommandName());
        String target = collection != null && collection.isString()
                ? collection.asString().getValue()
                : "";
        counts.computeIfAbsent(thread + " " + event.getCommandName() + " " + target, k -> new LongAdder())
                .increment();
    }

    public void reset() {
        counts.clear();
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((k, v) -> sorted.put(k, v.sum()));
        return sorted;
    }
}
