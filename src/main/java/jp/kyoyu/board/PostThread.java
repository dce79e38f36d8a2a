package jp.kyoyu.board;

import java.util.List;

/** A post with its replies, for the views over several projects (S2.7, C2.9). */
public record PostThread(PostSummary post, List<ReplyView> replies) {
}
