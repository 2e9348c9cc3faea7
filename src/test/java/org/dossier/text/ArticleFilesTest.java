package org.dossier.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsUtf8AndDropsOnlyTheByteOrderMark() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.write(f, "\uFEFFKyiv said\r\n“Yes”".getBytes(StandardCharsets.UTF_8));
        assertEquals("Kyiv said\r\n“Yes”", ArticleFiles.read(f));
    }

    @Test
    void refusesInvalidUtf8NamingTheFile() throws Exception {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, "caf\u00e9 said".getBytes(StandardCharsets.ISO_8859_1));
        BadInputException e = assertThrows(BadInputException.class, () -> ArticleFiles.read(f));
        assertTrue(e.getMessage().contains("latin1.txt") && e.getMessage().contains("not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("byte 3"), e.getMessage());
    }

    @Test
    void refusesBinaryFiles() throws Exception {
        Path f = dir.resolve("image.txt");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        BadInputException e = assertThrows(BadInputException.class, () -> ArticleFiles.read(f));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void refusesMissingFiles() {
        BadInputException e = assertThrows(BadInputException.class, () -> ArticleFiles.read(dir.resolve("none.txt")));
        assertTrue(e.getMessage().contains("none.txt"), e.getMessage());
    }
}
