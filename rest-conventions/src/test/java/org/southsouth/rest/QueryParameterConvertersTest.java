package org.southsouth.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueryParameterConvertersTest {

    private static QueryParam query(String name) {
        return new QueryParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }
        };
    }

    private static <T> ParamConverter<T> converter(Class<T> type, String name) {
        return new QueryParameterConverters().getConverter(type, type, new Annotation[] {query(name)});
    }

    private static Problem refusal(Runnable conversion) {
        BadRequestException refused = assertThrows(BadRequestException.class, conversion::run);
        return assertInstanceOf(ApiProblem.class, refused.getCause()).toProblem(null);
    }

    @Test
    void aMalformedQueryParameterIsA400NamingIt() {
        assertEquals(
                "page",
                refusal(() -> converter(int.class, "page").fromString("abc"))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(
                "sdg",
                refusal(() -> converter(Integer.class, "sdg").fromString("2147483648"))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(
                "revoked",
                refusal(() -> converter(Boolean.class, "revoked").fromString("yes"))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(
                "organizationId",
                refusal(() -> converter(UUID.class, "organizationId").fromString("x"))
                        .errors()
                        .get(0)
                        .field());
    }

    @Test
    void anEmptyValueForAPrimitiveIsRefusedRatherThanNull() {
        assertEquals(
                400, refusal(() -> converter(int.class, "size").fromString("")).status());
        assertNull(converter(Integer.class, "sdg").fromString(""));
    }

    @Test
    void wellFormedValuesAreConverted() {
        assertEquals(7, converter(int.class, "page").fromString("7"));
        assertEquals(Boolean.TRUE, converter(Boolean.class, "revoked").fromString("true"));
    }

    @Test
    void parametersOtherThanQueryParametersAreLeftToJaxRs() {
        assertNull(new QueryParameterConverters().getConverter(int.class, int.class, new Annotation[0]));
        assertNull(converter(String.class, "q"));
    }
}
