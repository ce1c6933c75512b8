package org.southsouth.events.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchKeywordsTest {

    @Test
    void chineseTextIsIndexedByCharactersAndPairsSoAnyWordOfAQueryIsFound() {
        List<String> keywords = SearchKeywords.of(List.of("社区志愿服务积分制度"));
        assertTrue(keywords.containsAll(SearchKeywords.queryTerms("志愿服务")));
        assertTrue(keywords.containsAll(SearchKeywords.queryTerms("积分")));
        assertTrue(keywords.containsAll(SearchKeywords.queryTerms("志")));
        assertEquals(List.of("志愿", "愿服", "服务"), SearchKeywords.queryTerms("志愿服务"));
    }

    @Test
    void latinTextIsLowerCasedWithoutAccentsAndSplitOnPunctuation() {
        List<String> keywords = SearchKeywords.of(List.of("Voluntariado en Perú: lessons-learned"));
        assertEquals(List.of("voluntariado", "en", "peru", "lessons", "learned"), keywords);
        assertEquals(List.of("peru"), SearchKeywords.queryTerms("PERÚ"));
    }

    @Test
    void mixedScriptsKeepBothKindsOfTerms() {
        assertEquals(List.of("unv", "志愿", "愿者"), SearchKeywords.queryTerms("UNV志愿者"));
    }

    @Test
    void fullWidthCharactersAreNormalized() {
        assertEquals(List.of("sdg4"), SearchKeywords.queryTerms("ＳＤＧ４"));
    }
}
