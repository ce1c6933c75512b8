package org.southsouth.demo;

import java.util.List;

/**
 * Names of synthetic people: a given name and a family name common in a region, combined by index. They name
 * nobody in particular; the demo holds no real person's data.
 */
final class SyntheticNames {

    private static final List<String> CHINESE_GIVEN = List.of(
            "Wei", "Fang", "Jing", "Lei", "Min", "Tao", "Yan", "Hui", "Bo", "Ning", "Xin", "Lan", "Jun", "Qing", "Rui",
            "Yu");
    private static final List<String> CHINESE_FAMILY = List.of(
            "Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Hu", "Guo",
            "Lin", "He");
    private static final List<String> ASIAN_GIVEN = List.of(
            "Anil", "Sushila", "Aung", "Thida", "Somchai", "Malee", "Sokha", "Dara", "Nguyen", "Putri", "Maria",
            "Nimal", "Rahim", "Bat", "Sina");
    private static final List<String> ASIAN_FAMILY = List.of(
            "Shrestha",
            "Gurung",
            "Win",
            "Htun",
            "Srisuk",
            "Chan",
            "Pov",
            "Tran",
            "Santoso",
            "Reyes",
            "Perera",
            "Hossain",
            "Erdene",
            "Tui");
    private static final List<String> AFRICAN_GIVEN = List.of(
            "Amina",
            "Kwame",
            "Wanjiru",
            "Tesfaye",
            "Neema",
            "Okello",
            "Abena",
            "Chidi",
            "Awa",
            "Thandiwe",
            "Jean",
            "Mutale");
    private static final List<String> AFRICAN_FAMILY = List.of(
            "Otieno", "Mensah", "Bekele", "Mwakasege", "Okot", "Adeyemi", "Diop", "Dlamini", "Uwase", "Banda", "Kamau");
    private static final List<String> ARAB_GIVEN =
            List.of("Layla", "Omar", "Yasmin", "Karim", "Salma", "Hassan", "Nour", "Youssef");
    private static final List<String> ARAB_FAMILY =
            List.of("Haddad", "Mansour", "Saleh", "Nasser", "Aziz", "Khalil", "Benali");
    private static final List<String> LATIN_GIVEN =
            List.of("Lucía", "Mateo", "Camila", "Diego", "Valentina", "Andrés", "Ana", "José");
    private static final List<String> LATIN_FAMILY =
            List.of("Silva", "Quispe", "Hernández", "Gómez", "Rodríguez", "Pérez", "Mamani");
    private static final List<String> CENTRAL_ASIAN_GIVEN =
            List.of("Aigerim", "Timur", "Dilnoza", "Rustam", "Aida", "Emir", "Jelena");
    private static final List<String> CENTRAL_ASIAN_FAMILY =
            List.of("Nurlanov", "Karimova", "Abdulloev", "Yilmaz", "Petrović", "Aliyev");

    private SyntheticNames() {}

    static String person(String country, int index) {
        return switch (region(country)) {
            case "CN" -> pick(CHINESE_GIVEN, CHINESE_FAMILY, index);
            case "AFRICA" -> pick(AFRICAN_GIVEN, AFRICAN_FAMILY, index);
            case "ARAB" -> pick(ARAB_GIVEN, ARAB_FAMILY, index);
            case "LATIN" -> pick(LATIN_GIVEN, LATIN_FAMILY, index);
            case "CENTRAL" -> pick(CENTRAL_ASIAN_GIVEN, CENTRAL_ASIAN_FAMILY, index);
            default -> pick(ASIAN_GIVEN, ASIAN_FAMILY, index);
        };
    }

    private static String pick(List<String> given, List<String> family, int index) {
        // Different strides through the two lists, so consecutive indexes give distinct pairs.
        return given.get(index % given.size()) + " " + family.get((index * 7 + index / given.size()) % family.size());
    }

    private static String region(String country) {
        return switch (country) {
            case "CN" -> "CN";
            case "KE", "ET", "TZ", "UG", "GH", "NG", "SN", "ZA", "RW", "ZM" -> "AFRICA";
            case "EG", "JO", "MA", "TN", "LB" -> "ARAB";
            case "BR", "MX", "PE", "CO", "CU", "BO", "EC", "JM" -> "LATIN";
            case "KZ", "UZ", "KG", "TJ", "TR", "RS", "AZ" -> "CENTRAL";
            default -> "ASIA";
        };
    }
}
