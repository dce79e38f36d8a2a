package jp.kyoyu.board;

import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectContents;
import jp.kyoyu.shared.Wording;

/** A project with posts is not deleted one click away (see {@link ProjectContents}). */
@Component
class BoardContents implements ProjectContents {

	private final PostRepository posts;

	BoardContents(PostRepository posts) {
		this.posts = posts;
	}

	@Override
	public long count(long projectId) {
		return posts.countByProjectId(projectId);
	}

	@Override
	public String label() {
		return Wording.of("board.contents.posts");
	}
}
