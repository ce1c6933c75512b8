package org.southsouth.gateway.impact;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.southsouth.rest.ApiProblem;

/**
 * Every item of a service's paged list ({@code {items, page, size, total}}), read a page at a time as it is
 * iterated. The first page is read on creation, so an unavailable service is found before anything is streamed.
 */
final class ServiceList implements Iterable<JsonNode> {

    private final ServiceReader reader;
    private final String path;
    private final int pageSize;
    private final Map<String, String> headers;
    private final JsonNode firstPage;

    ServiceList(ServiceReader reader, String path, int pageSize, Map<String, String> headers) {
        this.reader = reader;
        this.path = path;
        this.pageSize = pageSize;
        this.headers = headers;
        this.firstPage = page(0);
    }

    private JsonNode page(int number) {
        Fetched<JsonNode> fetched = reader.get(
                        path + (path.contains("?") ? "&" : "?") + "size=" + pageSize + "&page=" + number, headers)
                .join();
        if (!fetched.ok()) {
            throw new ApiProblem(
                    503,
                    "upstream-unavailable",
                    "Service unavailable",
                    fetched.detail() + "; the export needs it",
                    List.of());
        }
        return fetched.document();
    }

    @Override
    public Iterator<JsonNode> iterator() {
        return new Iterator<>() {
            private JsonNode page = firstPage;
            private int number;
            private Iterator<JsonNode> items = firstPage.path("items").elements();
            private long seen;

            @Override
            public boolean hasNext() {
                if (items.hasNext()) {
                    return true;
                }
                int count = page.path("items").size();
                if (count < pageSize || seen >= page.path("total").asLong()) {
                    return false;
                }
                page = page(++number);
                items = page.path("items").elements();
                return items.hasNext();
            }

            @Override
            public JsonNode next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                seen++;
                return items.next();
            }
        };
    }
}
