package org.southsouth.partner.rest.validation;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.southsouth.partner.partnership.SdgTarget;
import org.southsouth.reference.Countries;
import org.southsouth.reference.OrganisationTypes;

/** The code lists inputs are checked against, with the message a client sees when a value is not in one. */
public enum CodeList {
    ISO_COUNTRY("must be an ISO 3166-1 alpha-2 country code such as CN", Countries::exists),
    IATI_ORGANISATION_TYPE("must be an IATI OrganisationType code such as 22", OrganisationTypes::exists),
    BCP47_TAG("must be a BCP 47 language tag such as zh, en or zh-Hant", CodeList::isLanguageTag),
    ISO_639_1("must be an ISO 639-1 language code such as zh", CodeList::isIso639),
    SDG_TARGET("must be an existing SDG target such as 4.7 or 4.a", SdgTarget::isValid);

    private static final Set<String> ISO_639 = Set.of(Locale.getISOLanguages());

    private final String message;
    private final Predicate<String> contains;

    CodeList(String message, Predicate<String> contains) {
        this.message = message;
        this.contains = contains;
    }

    public String message() {
        return message;
    }

    public boolean contains(String code) {
        return contains.test(code);
    }

    private static boolean isLanguageTag(String tag) {
        try {
            return !new Locale.Builder()
                    .setLanguageTag(tag)
                    .build()
                    .getLanguage()
                    .isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private static boolean isIso639(String code) {
        return ISO_639.contains(code);
    }
}
