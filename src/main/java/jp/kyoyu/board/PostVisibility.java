package jp.kyoyu.board;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import jp.kyoyu.identity.GroupManagement;
import jp.kyoyu.identity.GroupView;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectSummary;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/**
 * Who sees which post: members of the post's project when the post is for the whole project; otherwise only
 * its author and the chosen users and members of the chosen groups. Anyone else is told the post does not exist.
 */
@Component
class PostVisibility {

	/** The key of the answer to a post the user may not see (resolved where thrown, in the user's language). */
	static final String NOT_FOUND = "board.post.not-found";

	private final ProjectManagement projects;

	private final GroupManagement groups;

	private final PostRepository posts;

	private final AudienceRepository audiences;

	PostVisibility(ProjectManagement projects, GroupManagement groups, PostRepository posts,
			AudienceRepository audiences) {
		this.projects = projects;
		this.groups = groups;
		this.posts = posts;
		this.audiences = audiences;
	}

	Viewer viewer(String userId) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (ProjectSummary project : projects.projectsOf(userId)) {
			names.put(project.id(), project.name());
		}
		List<String> groupIds = groups.findAll().stream()
			.filter(group -> group.members().contains(userId))
			.map(GroupView::groupId)
			.toList();
		return new Viewer(userId, names, groupIds);
	}

	/** The post if the viewer may see it; 404 otherwise, whatever the reason. */
	Post visible(long postId, Viewer viewer) {
		Post post = posts.findById(postId).orElseThrow(() -> new NotFoundException(Wording.of(NOT_FOUND)));
		if (!maySee(post, viewer)) {
			throw new NotFoundException(Wording.of(NOT_FOUND));
		}
		return post;
	}

	boolean maySee(Post post, Viewer viewer) {
		if (!viewer.inProject(post.projectId())) {
			return false;
		}
		if (!post.restricted() || post.authorUserId().equals(viewer.userId())) {
			return true;
		}
		return audiences.findByPostId(post.id()).stream()
			.anyMatch(audience -> Audience.USER.equals(audience.kind()) ? audience.ref().equals(viewer.userId())
					: viewer.groups().contains(audience.ref()));
	}

	/** Whether a user who is not looking right now (a mail recipient) may see the post. */
	boolean maySee(Post post, String userId) {
		return maySee(post, viewer(userId));
	}
}
