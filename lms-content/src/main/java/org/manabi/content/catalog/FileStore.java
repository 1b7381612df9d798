package org.manabi.content.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.manabi.core.config.ManabiConfig;

/**
 * Lesson files, kept on disk under {@code <data>/files} and named by their SHA-256. A file is
 * written (to a temporary name, then moved) before the database refers to it, so a rolled-back
 * import leaves at most an unreferenced file, never a row without its file; equal files are
 * stored once.
 */
@ApplicationScoped
public class FileStore {

    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

    private Path root;

    @Inject
    ManabiConfig config;

    protected FileStore() {
    }

    /** For use outside a container. */
    public FileStore(Path root) {
        this.root = root;
    }

    private Path root() {
        if (root == null) {
            root = config.dataDir().resolve("files");
        }
        return root;
    }

    /** Stores {@code content} and returns its SHA-256 in lower-case hex. */
    public String put(byte[] content) {
        String digest = sha256(content);
        Path target = pathOf(digest);
        if (Files.exists(target)) {
            return digest;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), digest, ".part");
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return digest;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a lesson file", e);
        }
    }

    public byte[] read(String digest) {
        try {
            return Files.readAllBytes(pathOf(digest));
        } catch (IOException e) {
            throw new UncheckedIOException("Lesson file " + digest + " is missing", e);
        }
    }

    public InputStream open(String digest) throws IOException {
        return Files.newInputStream(pathOf(digest));
    }

    private Path pathOf(String digest) {
        if (!DIGEST.matcher(digest).matches()) {
            throw new IllegalArgumentException("not a SHA-256 digest");
        }
        return root().resolve(digest.substring(0, 2)).resolve(digest);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
