package jp.kyoyu.board;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectSummary;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/**
 * Users' own groups (C2.9): the posts and replies of every project a member of the group belongs to, in one
 * place, limited to what the viewer may see. A group is its maker's; to anyone else it does not exist.
 */
@Service
@Transactional
public class BoardGroups {

	static final String NOT_FOUND = "board.group.not-found";

	private final UserGroupRepository groups;

	private final IdentityManagement identity;

	private final ProjectManagement projects;

	private final PostVisibility visibility;

	private final PostQueries queries;

	private final PostViews views;

	private final ApplicationEventPublisher events;

	BoardGroups(UserGroupRepository groups, IdentityManagement identity, ProjectManagement projects,
			PostVisibility visibility, PostQueries queries, PostViews views, ApplicationEventPublisher events) {
		this.groups = groups;
		this.identity = identity;
		this.projects = projects;
		this.visibility = visibility;
		this.queries = queries;
		this.views = views;
		this.events = events;
	}

	public UserGroupView create(String name, List<String> members, String userId) {
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw new InvalidInputException("name", Wording.of("board.group.name-invalid"));
		}
		jp.kyoyu.shared.CleanText.requireLine("name", Wording.of("board.group.name"), name);
		if (members == null || members.isEmpty()) {
			throw new InvalidInputException("members", Wording.of("board.group.no-members"));
		}
		Set<String> unique = new LinkedHashSet<>(members);
		for (String member : unique) {
			if (member == null || identity.find(member).isEmpty()) {
				throw new InvalidInputException("members", Wording.of("board.group.unknown-user", member));
			}
		}
		UserGroup group = groups.save(new UserGroup(userId, name.strip(), List.copyOf(unique)));
		events.publishEvent(new UserGroupCreated(group.id(), group.name()));
		return view(group);
	}

	@Transactional(readOnly = true)
	public List<UserGroupView> mine(String userId) {
		return groups.findByOwnerUserIdOrderByName(userId).stream().map(BoardGroups::view).toList();
	}

	/** The posts of the members' projects that the viewer may see, as a tree project → post → replies. */
	@Transactional(readOnly = true)
	public List<ProjectPosts> posts(long groupId, String userId) {
		UserGroup group = groups.findById(groupId)
			.filter(found -> found.ownerUserId().equals(userId))
			.orElseThrow(() -> new NotFoundException(Wording.of(NOT_FOUND)));
		Viewer viewer = visibility.viewer(userId);
		Map<Long, String> shared = new LinkedHashMap<>();
		for (String member : group.members()) {
			for (ProjectSummary project : projects.projectsOf(member)) {
				if (viewer.inProject(project.id())) {
					shared.put(project.id(), project.name());
				}
			}
		}
		return views.tree(queries.visible(viewer, shared.keySet(), PostSearch.none(), null), shared, userId);
	}

	private static UserGroupView view(UserGroup group) {
		return new UserGroupView(group.id(), group.name(), group.members());
	}
}
