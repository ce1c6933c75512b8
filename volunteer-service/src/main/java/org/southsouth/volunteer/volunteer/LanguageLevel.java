package org.southsouth.volunteer.volunteer;

/** CEFR levels, plus NATIVE above C2; declared in ascending order so levels compare. */
public enum LanguageLevel {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
    NATIVE;

    public boolean atLeast(LanguageLevel minimum) {
        return compareTo(minimum) >= 0;
    }
}
