package jp.kyoyu.storage;

/**
 * A stored file as other modules see it. {@code name} is the user's file name made safe for display (never a
 * path); {@code sha256} is lower-case hex and doubles as the download's ETag.
 */
public record StoredFile(long id, String sha256, long size, String name, String contentType) {
}
