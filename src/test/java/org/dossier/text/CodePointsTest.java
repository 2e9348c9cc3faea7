package org.dossier.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodePointsTest {
    @Test
    void mapsBothWaysAcrossCharactersOutsideTheBasicPlane() {
        String text = "a😀b“c”";
        CodePoints cp = new CodePoints(text);
        assertEquals(6, cp.length());
        assertEquals(2, cp.codePoint(text.indexOf('b')));
        assertEquals(text.indexOf('b'), cp.utf16(2));
        assertEquals(text.length(), cp.utf16(cp.length()));
        assertEquals(1, cp.codePoint(2), "the low surrogate belongs to the emoji's code point");
    }
}
