package jp.kyoyu.board;

import java.util.List;

/** One project of the tree project → post → replies (S2.7). */
public record ProjectPosts(long projectId, String projectName, List<PostThread> posts) {
}
