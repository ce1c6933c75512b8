package org.southsouth.system.contract;

import java.util.List;

/** The public paths the merged document describes; pages for people and the operators' /q are not among them. */
final class DocumentedSurface {

    private static final List<String> UNDOCUMENTED = List.of("/q/", "/swagger-ui", "/dashboard", "/favicon");

    private DocumentedSurface() {}

    static boolean covers(String path) {
        return UNDOCUMENTED.stream().noneMatch(path::startsWith);
    }
}
