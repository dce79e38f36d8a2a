package jp.kyoyu.board;

import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectContents;

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
		return "掲示板の記事";
	}
}
