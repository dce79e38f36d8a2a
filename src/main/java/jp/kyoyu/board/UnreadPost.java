package jp.kyoyu.board;

/** A post the user may see and has not opened, for the home page (C2.6). */
public record UnreadPost(long postId, long projectId, String projectName, String title) {
}
