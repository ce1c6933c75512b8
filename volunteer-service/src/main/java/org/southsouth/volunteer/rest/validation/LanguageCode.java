package org.southsouth.volunteer.rest.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An ISO 639-1 language code in lower case; null is valid (combine with NotNull). */
@Documented
@Constraint(validatedBy = IsoCodeValidators.Language.class)
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageCode {

    String message() default "must be an ISO 639-1 language code such as fr";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
