package org.southsouth.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Content negotiation by hand, as RFC 9110 §12.5.1 has it: each offered media type takes the quality of the most
 * specific range in {@code Accept} that matches it ({@code type/subtype} over {@code type/*} over {@code *}{@code /*});
 * the offer with the highest quality wins, ties go to the earlier offer, and quality 0 means "not acceptable".
 */
public final class AcceptHeader {

    private AcceptHeader() {}

    /** The offer the caller prefers; the first offer when it sent no {@code Accept}; empty when it accepts none. */
    public static Optional<String> preferred(String accept, List<String> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.stream().findFirst();
        }
        List<Range> ranges = parse(accept);
        String best = null;
        double bestQuality = 0;
        for (String offer : offered) {
            double quality = quality(ranges, offer.toLowerCase(Locale.ROOT));
            if (quality > bestQuality) {
                best = offer;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<Range> ranges, String offer) {
        int slash = offer.indexOf('/');
        String type = offer.substring(0, slash);
        String subtype = offer.substring(slash + 1);
        int bestSpecificity = -1;
        double quality = 0;
        for (Range range : ranges) {
            int specificity = range.specificity(type, subtype);
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = range.quality();
            }
        }
        return quality;
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String element : accept.split(",")) {
            String[] parts = element.split(";");
            String media = parts[0].strip().toLowerCase(Locale.ROOT);
            int slash = media.indexOf('/');
            if (slash <= 0 || slash == media.length() - 1) {
                continue;
            }
            ranges.add(new Range(media.substring(0, slash), media.substring(slash + 1), qualityOf(parts)));
        }
        return ranges;
    }

    private static double qualityOf(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    double q = Double.parseDouble(parameter.substring(2).strip());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** One media range of the header; specificity -1 when it does not match a type. */
    private record Range(String type, String subtype, double quality) {

        int specificity(String offerType, String offerSubtype) {
            if (type.equals("*") && subtype.equals("*")) {
                return 0;
            }
            if (!type.equals(offerType)) {
                return -1;
            }
            if (subtype.equals("*")) {
                return 1;
            }
            return subtype.equals(offerSubtype) ? 2 : -1;
        }
    }
}
