package org.southsouth.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * Converts typed query parameters with {@link QueryParameters}, so a malformed one is answered with 400 naming it
 * instead of the 404 JAX-RS prescribes.
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = queryParameterName(annotations);
        Function<String, Object> read = name == null ? null : reader(type, name);
        if (read == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                try {
                    Object converted = read.apply(value);
                    if (converted == null && type.isPrimitive()) {
                        throw ApiProblem.invalidField(name, "must not be empty");
                    }
                    @SuppressWarnings("unchecked")
                    T typed = (T) converted;
                    return typed;
                } catch (ApiProblem problem) {
                    // JAX-RS passes a WebApplicationException through as it is; anything else becomes a 404.
                    throw new BadRequestException(problem);
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Function<String, Object> reader(Class<?> type, String name) {
        if (type == int.class || type == Integer.class) {
            return value -> QueryParameters.wholeNumber(name, value);
        }
        if (type == boolean.class || type == Boolean.class) {
            return value -> QueryParameters.bool(name, value);
        }
        if (type == UUID.class) {
            return value -> QueryParameters.uuid(name, value);
        }
        if (type == LocalDate.class) {
            return value -> QueryParameters.date(name, value);
        }
        if (type == Instant.class) {
            return value -> QueryParameters.instant(name, value);
        }
        if (type.isEnum()) {
            return value -> QueryParameters.oneOf(name, value, (Class<Enum>) type);
        }
        return null;
    }

    private static String queryParameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }
}
