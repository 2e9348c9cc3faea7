package org.dossier.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads article text files strictly, so that offsets always point into the text as written. */
public final class ArticleFiles {
    /** Largest file read, in bytes: far above any article, far below what would exhaust memory. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private ArticleFiles() {}

    /**
     * Every {@code *.txt} file below {@code dir}, in path order: what a batch run reads. Links
     * that leave the folder are refused, each named to {@code refused} ({@link #filesBelow}).
     */
    public static List<Path> textsBelow(Path dir, Consumer<String> refused) throws IOException {
        return filesBelow(dir, refused).stream().filter(p -> p.toString().endsWith(".txt")).toList();
    }

    /**
     * The files below {@code dir}, in path order, never read through a link that leaves it: a
     * link to a file elsewhere (say, to the system's password hashes) is refused, with a line
     * naming it and its target handed to {@code refused}, as is a link to a folder elsewhere or
     * a broken link. A link to a file inside the folder is read as that file; a link to a folder
     * inside it is not followed, since its files are read where they are.
     */
    public static List<Path> filesBelow(Path dir, Consumer<String> refused) throws IOException {
        Path root = dir.toRealPath();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {  // walk itself never descends through a link
            for (Path p : s.sorted().toList()) {
                if (!Files.isSymbolicLink(p)) {
                    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) files.add(p);
                    continue;
                }
                Path target;
                try {
                    target = p.toRealPath();
                } catch (IOException e) {
                    refused.accept(p + ": a broken link; not read");
                    continue;
                }
                if (!target.startsWith(root)) refused.accept(p + ": a link to " + target + ", outside " + dir + "; not read");
                else if (Files.isRegularFile(target)) files.add(p);
            }
        }
        return files;
    }

    /**
     * Reads a UTF-8 text file. A leading byte-order mark is dropped (it is not part of the text);
     * nothing else is changed, not even line endings.
     *
     * @throws BadInputException if the file is missing, too large, binary or not valid UTF-8
     */
    public static String read(Path file) throws BadInputException {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) throw new BadInputException(file, "no such file");
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BadInputException(file, String.format("file is %,d bytes; the limit is %,d bytes (split it into articles)", size, MAX_BYTES));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file, Problems.inWords(e));
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) throw new BadInputException(file, "looks like a binary file (NUL byte at offset " + i + "), not text");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new BadInputException(file, "not valid UTF-8 text (bad byte sequence near byte " + firstBadByte(bytes) + ")");
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, "not valid UTF-8 text");
        }
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
