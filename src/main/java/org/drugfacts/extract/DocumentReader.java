package org.drugfacts.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.drugfacts.DrugFactsException;
import org.drugfacts.model.SourceDocument;

/**
 * Turns files into source documents, refusing what is not text: empty, binary, over the size limit, or not
 * valid UTF-8. HTML is reduced to its text (spans then count in that text); plain text and Markdown are kept
 * as they are, so a span points into the file itself.
 */
public final class DocumentReader {
    /** Extensions read as documents when a folder is named. */
    public static final List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".html", ".htm");
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final long maxBytes;

    public DocumentReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /**
     * The document files a list of files and folders names: files as given, folders searched recursively for
     * the known extensions, README files left out (they describe a folder, they are not sources), sorted.
     */
    public static List<Path> documentFiles(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(DocumentReader::isDocumentName).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new DrugFactsException("cannot list folder " + input + ": " + e.getMessage(), e);
                }
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                throw new DrugFactsException("no such file or folder: " + input);
            }
        }
        return files;
    }

    private static boolean isDocumentName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith("readme") && !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    public SourceDocument read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new DocumentRejectedException(name, "is " + size + " bytes, over the limit of " + maxBytes);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentRejectedException(name, "cannot be read (" + e.getMessage() + ")");
        }
        return fromBytes(name, bytes);
    }

    /** Decodes a document's bytes, refusing what is not UTF-8 text. */
    public SourceDocument fromBytes(String name, byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw new DocumentRejectedException(name, "is " + bytes.length + " bytes, over the limit of " + maxBytes);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new DocumentRejectedException(name, "is binary (a NUL byte at offset " + i + ")");
            }
        }
        String text = decodeUtf8(name, bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (isHtml(name)) {
            text = HtmlText.of(text);
        }
        if (text.isBlank()) {
            throw new DocumentRejectedException(name, "is empty");
        }
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (controls > text.length() / 100 + 2) {
            throw new DocumentRejectedException(name, "is binary (" + controls + " control characters)");
        }
        return new SourceDocument(name, SourceDocument.sha256(bytes), text);
    }

    private static String decodeUtf8(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            int offset = buffer.position();
            throw new DocumentRejectedException(name, String.format(
                    "is not UTF-8 (byte 0x%02X at offset %d); convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8",
                    bytes[offset] & 0xFF, offset));
        } catch (CharacterCodingException e) {
            throw new DocumentRejectedException(name, "is not UTF-8 (" + e.getMessage() + ")");
        }
    }

    private static boolean isHtml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }
}
