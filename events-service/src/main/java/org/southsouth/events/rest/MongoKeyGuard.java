package org.southsouth.events.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.southsouth.rest.ApiProblem;

/**
 * Refuses any JSON body with a member name MongoDB would read as an operator or a path ({@code $where},
 * {@code {"$gt": ""}}, {@code a.b}) or that holds a NUL, at any depth, before it is bound to a type. Typed bodies
 * and unknown-field refusal already make most of these impossible; this guards whatever is free-form.
 */
@Provider
public class MongoKeyGuard implements ReaderInterceptor {

    @Inject
    ObjectMapper json;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null
                || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        try {
            check(json.readTree(body), "");
        } catch (JsonProcessingException e) {
            // Not JSON: the body reader reports it as such.
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static void check(JsonNode node, String path) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String name = member.getKey();
                String memberPath = path.isEmpty() ? name : path + "." + name;
                if (name.startsWith("$") || name.contains(".") || name.indexOf('\0') >= 0) {
                    throw ApiProblem.invalidField(
                            memberPath, "field names may not start with '$' or contain '.' or NUL");
                }
                check(member.getValue(), memberPath);
            }
        }
    }
}
