package org.southsouth.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.RefusedField;

class ChangeFeedParametersTest {

    @Test
    void noCursorStartsAtTheBeginningAndAnIssuedOneGoesOnFromWhereItWas() {
        ChangeCursor issued = new ChangeCursor(42, 0);

        assertEquals(ChangeCursor.START, new ChangeFeedParameters(null, 100).cursor());
        assertEquals(issued, new ChangeFeedParameters(issued.encode(), 100).cursor());
    }

    @Test
    void aCursorNoFeedIssuedIsRefusedNamingCursor() {
        InvalidInput refused =
                assertThrows(InvalidInput.class, () -> new ChangeFeedParameters("not-a-cursor", 100).cursor());

        assertEquals(
                List.of("cursor"),
                refused.fields().stream().map(RefusedField::field).toList());
    }
}
