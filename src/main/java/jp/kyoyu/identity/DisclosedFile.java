package jp.kyoyu.identity;

/**
 * A file of a disclosure part that a CSV cannot carry (an image, say), written into the ZIP beside the part's CSV
 * as {@code <kind>/<name>}; the part's CSV says what it is.
 */
public record DisclosedFile(String name, byte[] content) {
}
