package org.southsouth.volunteer.volunteer;

import java.time.LocalDate;
import java.util.List;

/**
 * What a host needs: skills, languages (each with a minimum level), a period and optionally the country.
 */
public record Need(String country, List<String> skills, List<LanguageNeed> languages, LocalDate from, LocalDate to) {

    public record LanguageNeed(String code, LanguageLevel minimum) {}
}
