package org.dossier.assemble;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a Cyrillic name says of a person's gender, which a pronoun source is matched against. */
class UnparsedAntecedentsTest {
    @Test
    void aNameSaysAGenderWhereItsEndingsDo() {
        assertEquals("f", UnparsedAntecedents.genderOfName("Ирина Лядова"));
        assertEquals("f", UnparsedAntecedents.genderOfName("Захарова"));
        assertEquals("f", UnparsedAntecedents.genderOfName("Олена Зеленська"));
        assertEquals("m", UnparsedAntecedents.genderOfName("Дмитрий Купраш"));
        assertEquals("m", UnparsedAntecedents.genderOfName("Песков"));
        assertEquals("m", UnparsedAntecedents.genderOfName("Никола Вапцаров"), "the surname says it before a given name in -а");
        assertNull(UnparsedAntecedents.genderOfName("Дуда"), "a man's surname may end in а");
        assertNull(UnparsedAntecedents.genderOfName("Angela Merkel"), "Latin letters say nothing here");
    }
}
