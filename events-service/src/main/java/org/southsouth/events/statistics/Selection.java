package org.southsouth.events.statistics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.southsouth.events.knowledge.Region;
import org.southsouth.reference.Countries;
import org.southsouth.reference.UndpRegion;

/**
 * The events a filter selects by goal and place, named as a month's statistics store their tally
 * ({@link StatisticsMonths}): {@code all}, {@code sdg=4}, {@code country=KE}, {@code region=AFRICA} and each goal with
 * a country or a region ({@code sdg=4&country=KE}). An event (a good practice) belongs to every selection its goals
 * and place match, so each one's tally is that of the records the filter's query would find.
 */
final class Selection {

    static final String ALL = "all";

    private Selection() {}

    /**
     * The selection of the filter's goal, country and region; null when it names a country outside its region, which
     * selects nothing.
     */
    static String of(StatisticsFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.sdg() != null) {
            parts.add(sdg(filter.sdg()));
        }
        if (filter.country() != null) {
            if (filter.region() != null && Countries.regionOf(filter.country()) != filter.region()) {
                return null;
            }
            parts.add(country(filter.country()));
        } else if (filter.region() != null) {
            parts.add(region(filter.region()));
        }
        return parts.isEmpty() ? ALL : String.join("&", parts);
    }

    /**
     * The selection of the filter's goal, country and region among good practices; null when it names both a
     * country and a region, which a practice may match by its own region field.
     */
    static String ofPractices(StatisticsFilter filter) {
        return filter.country() != null && filter.region() != null ? null : of(filter);
    }

    /** Every selection the event belongs to. */
    static List<String> of(Document event) {
        return combined(goals(event), places(event));
    }

    /** Every selection the good practice belongs to: by its country, its country's region and its own region. */
    static List<String> ofPractice(Document practice) {
        Set<String> places = places(practice);
        for (UndpRegion region : UndpRegion.values()) {
            if (Region.of(region).name().equals(practice.get("region"))) {
                places.add(region(region));
            }
        }
        return combined(goals(practice), places);
    }

    /** None, the record's country and that country's region. */
    private static Set<String> places(Document record) {
        Set<String> places = new LinkedHashSet<>();
        places.add(null);
        if (record.get("country") instanceof String code) {
            places.add(country(code));
            UndpRegion region = Countries.regionOf(code);
            if (region != null) {
                places.add(region(region));
            }
        }
        return places;
    }

    private static Set<String> goals(Document record) {
        Set<String> goals = new LinkedHashSet<>();
        goals.add(null);
        GroupCounts.unwound(record.get("sdgs")).forEach(sdg -> {
            if (sdg instanceof Number goal) {
                goals.add(sdg(goal.longValue()));
            }
        });
        return goals;
    }

    private static List<String> combined(Set<String> goals, Set<String> places) {
        List<String> selections = new ArrayList<>();
        for (String goal : goals) {
            for (String place : places) {
                selections.add(goal == null ? place == null ? ALL : place : place == null ? goal : goal + "&" + place);
            }
        }
        return selections;
    }

    private static String sdg(long goal) {
        return "sdg=" + goal;
    }

    private static String country(String code) {
        return "country=" + code;
    }

    private static String region(UndpRegion region) {
        return "region=" + region.name();
    }
}
