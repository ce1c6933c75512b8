package org.southsouth.volunteer.service;

import java.time.LocalDate;
import java.util.List;
import org.southsouth.volunteer.domain.LanguageLevel;

/**
 * What a host needs: skills, languages (each with a minimum level), a period and optionally the country.
 */
public record Need(String country, List<String> skills, List<LanguageNeed> languages, LocalDate from, LocalDate to) {

    public record LanguageNeed(String code, LanguageLevel minimum) {}
}
