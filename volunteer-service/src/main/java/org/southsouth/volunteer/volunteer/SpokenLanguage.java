package org.southsouth.volunteer.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A language a volunteer speaks: ISO 639-1 code and level. */
@Embeddable
public record SpokenLanguage(
        @Column(name = "language", nullable = false) String code,

        @Enumerated(EnumType.STRING) @Column(name = "level", nullable = false)
        LanguageLevel level) {}
