package org.southsouth.volunteer.rest.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** A well-formed BCP 47 language tag with a language (zh, en, zh-Hant, pt-BR); null is valid (combine with NotNull). */
@Documented
@Constraint(validatedBy = LanguageTag.Validator.class)
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {

    String message() default "must be a BCP 47 language tag such as zh, en or zh-Hant";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LanguageTag, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                return !new Locale.Builder()
                        .setLanguageTag(value)
                        .build()
                        .getLanguage()
                        .isEmpty();
            } catch (IllformedLocaleException e) {
                return false;
            }
        }
    }
}
