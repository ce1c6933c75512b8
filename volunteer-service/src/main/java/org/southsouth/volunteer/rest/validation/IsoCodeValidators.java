package org.southsouth.volunteer.rest.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;
import org.southsouth.rest.CountryCodes;

/** Checks codes against the ISO lists the JDK ships, not just their shape. */
public final class IsoCodeValidators {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private IsoCodeValidators() {}

    public static boolean isCountry(String code) {
        return CountryCodes.isCountry(code);
    }

    public static boolean isLanguage(String code) {
        return code.length() == 2 && LANGUAGES.contains(code);
    }

    public static class Country implements ConstraintValidator<CountryCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isCountry(value);
        }
    }

    public static class Language implements ConstraintValidator<LanguageCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isLanguage(value);
        }
    }
}
