package jp.kyoyu.proposal;

/** One part of a proposal, {@code position} counting from 1 in the order the author set (C3.10). */
public record AttachmentView(long id, String name, long size, String sha256, AttachmentKind kind, int position) {
}
