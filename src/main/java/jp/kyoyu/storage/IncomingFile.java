package jp.kyoyu.storage;

import java.io.InputStream;

/**
 * An upload on its way into the store: read once, straight to disk, by {@link FileStore#storeThenLink}.
 * {@code name} and {@code contentType} are what the browser sent; the store makes them safe.
 */
public record IncomingFile(InputStream content, String name, String contentType) {
}
