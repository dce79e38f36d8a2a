package jp.kyoyu.proposal;

/**
 * One attachment in a merged PDF (C3.10), in the order the user listed them: {@code pages} like {@code 1-3,5}
 * (blank = every page).
 */
public record BundlePart(long attachmentId, String pages) {
}
