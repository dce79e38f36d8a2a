package jp.kyoyu.board;

/** A file on a post ({@code replyId} null) or on a reply. */
public record BoardAttachmentView(long id, Long replyId, String name, long size) {
}
