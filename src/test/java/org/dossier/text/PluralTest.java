package org.dossier.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PluralTest {
    @Test
    void oneIsSingularEveryOtherCountPlural() {
        assertEquals("1 file", Plural.of(1, "file"));
        assertEquals("0 files", Plural.of(0, "file"));
        assertEquals("2 files", Plural.of(2, "file"));
        assertEquals("1 entity", Plural.of(1, "entity", "entities"));
        assertEquals("3 entities", Plural.of(3, "entity", "entities"));
    }
}
