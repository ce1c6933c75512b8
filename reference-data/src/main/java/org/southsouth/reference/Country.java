package org.southsouth.reference;

/**
 * An ISO 3166-1 country or territory with where it lies.
 *
 * @param m49SubRegion UN M49 sub-region, null only for Antarctica
 * @param undpRegion   null where UNDP does not group the country (e.g. high-income OECD members, territories)
 */
public record Country(String code, String name, String m49SubRegion, UndpRegion undpRegion) {}
