package org.southsouth.rest;

import jakarta.enterprise.context.RequestScoped;

/** The {@code X-Request-Id} of the current HTTP request. */
@RequestScoped
public class RequestId {

    private String value;

    public String get() {
        return value;
    }

    void set(String value) {
        this.value = value;
    }
}
