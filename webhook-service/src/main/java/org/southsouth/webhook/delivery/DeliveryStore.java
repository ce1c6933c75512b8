package org.southsouth.webhook.delivery;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.southsouth.rest.Page;

/** The delivery log's queries: a subscription's deliveries with their attempts, and a delivery to change. */
@ApplicationScoped
public class DeliveryStore {

    /** A delivery and its attempts, oldest attempt first. */
    public record Entry(Delivery delivery, List<DeliveryAttempt> attempts) {}

    /** A subscription's deliveries, newest first, optionally of one status. */
    public Page<Entry> page(UUID subscriptionId, DeliveryStatus status, int page, int size) {
        var found = status == null
                ? Delivery.<Delivery>find("subscriptionId", Sort.descending("position"), subscriptionId)
                : Delivery.<Delivery>find(
                        "subscriptionId = ?1 and status = ?2", Sort.descending("position"), subscriptionId, status);
        List<Delivery> deliveries =
                found.page(io.quarkus.panache.common.Page.of(page, size)).list();
        Map<UUID, List<DeliveryAttempt>> attempts = deliveries.isEmpty()
                ? Map.of()
                : DeliveryAttempt.<DeliveryAttempt>list(
                                "deliveryId in ?1 order by id",
                                deliveries.stream().map(d -> d.id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(a -> a.deliveryId));
        return new Page<>(
                deliveries.stream()
                        .map(d -> new Entry(d, attempts.getOrDefault(d.id, List.of())))
                        .toList(),
                page,
                size,
                found.count());
    }

    public Entry entry(Delivery delivery) {
        return new Entry(delivery, DeliveryAttempt.list("deliveryId = ?1 order by id", delivery.id));
    }

    /** Null when there is none. */
    public Delivery find(UUID id) {
        return Delivery.findById(id);
    }

    /** Loaded for a use case that changes it: locked until its transaction ends. Null when there is none. */
    public Delivery findForUpdate(UUID id) {
        return Delivery.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
