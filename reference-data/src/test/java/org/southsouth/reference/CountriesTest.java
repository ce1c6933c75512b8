package org.southsouth.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one reference table of countries every service reads: complete, and each region spelled one way. */
class CountriesTest {

    @Test
    void everyCountryTheApisAcceptHasARowAndNoOtherCodeHasOne() {
        // rest-conventions' CountryCodes accepts the JDK's ISO 3166-1 list; the services' regions come from this table.
        Set<String> accepted = Set.of(Locale.getISOCountries());

        assertEquals(accepted, Countries.all().stream().map(Country::code).collect(Collectors.toSet()));
    }

    @Test
    void everyRegionHasCountriesAndEachCountryIsInTheRegionItNames() {
        for (UndpRegion region : UndpRegion.values()) {
            assertFalse(Countries.countriesOf(region).isEmpty(), region.name());
            for (String code : Countries.countriesOf(region)) {
                assertEquals(region, Countries.regionOf(code), code);
            }
        }
        assertNotNull(Countries.regionOf("KE"));
        assertNull(Countries.regionOf("JP"));
        assertNull(Countries.regionOf("XX"));
    }

    @Test
    void everyIsoCodeIsShippedOnceAndAllButAntarcticaHaveAnM49SubRegion() {
        assertEquals(249, Countries.all().size());
        assertEquals(
                1,
                Countries.all().stream().filter(c -> c.m49SubRegion() == null).count());
        assertNull(Countries.of("AQ").m49SubRegion());
        assertFalse(Countries.exists("XX"));
        assertFalse(Countries.exists("cn"));
    }

    @Test
    void theRegionIsDerivedFromTheCountry() {
        assertEquals(UndpRegion.ASIA_AND_THE_PACIFIC, Countries.of("CN").undpRegion());
        assertEquals(UndpRegion.ASIA_AND_THE_PACIFIC, Countries.of("NP").undpRegion());
        assertEquals(UndpRegion.AFRICA, Countries.of("KE").undpRegion());
        assertEquals(UndpRegion.ARAB_STATES, Countries.of("EG").undpRegion());
        assertEquals(UndpRegion.ARAB_STATES, Countries.of("SO").undpRegion());
        assertEquals(
                UndpRegion.LATIN_AMERICA_AND_THE_CARIBBEAN, Countries.of("BR").undpRegion());
        assertEquals(UndpRegion.EUROPE_AND_CENTRAL_ASIA, Countries.of("KZ").undpRegion());
        assertEquals("Sub-Saharan Africa", Countries.of("KE").m49SubRegion());
        assertEquals("South-eastern Asia", Countries.of("TH").m49SubRegion());
    }

    @Test
    void highIncomeOecdMembersHaveNoUndpRegionButKeepTheirSubRegion() {
        for (String code : new String[] {"JP", "KR", "AU", "US", "DE", "FR", "GB", "CA", "NZ"}) {
            assertNull(Countries.of(code).undpRegion(), code);
            assertTrue(Countries.of(code).m49SubRegion() != null, code);
        }
    }

    @Test
    void theUndpGroupingsHaveTheirUsualSizes() {
        Map<UndpRegion, Long> sizes = Countries.all().stream()
                .filter(c -> c.undpRegion() != null)
                .collect(Collectors.groupingBy(Country::undpRegion, Collectors.counting()));
        assertEquals(20, sizes.get(UndpRegion.ARAB_STATES));
        assertEquals(17, sizes.get(UndpRegion.EUROPE_AND_CENTRAL_ASIA));
        assertEquals(33, sizes.get(UndpRegion.LATIN_AMERICA_AND_THE_CARIBBEAN));
    }
}
