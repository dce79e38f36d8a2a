package jp.kyoyu.board;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reading the board: a project's list, search over all the user's projects, unread posts, the tree (S2.7). */
@Service
@Transactional(readOnly = true)
public class BoardReading {

	/** The home page lists at most this many unread titles. */
	static final int UNREAD_LIMIT = 50;

	private final PostVisibility visibility;

	private final PostAudiences audiences;

	private final PostQueries queries;

	private final PostViews views;

	private final ReadMarks reads;

	BoardReading(PostVisibility visibility, PostAudiences audiences, PostQueries queries, PostViews views,
			ReadMarks reads) {
		this.visibility = visibility;
		this.audiences = audiences;
		this.queries = queries;
		this.views = views;
		this.reads = reads;
	}

	/** A project's posts that the user may see, newest first; 404 for a project the user is not in. */
	public List<PostSummary> list(long projectId, PostSearch search, String userId) {
		Viewer viewer = visibility.viewer(userId);
		audiences.requireMember(viewer, projectId);
		return views.summaries(queries.visible(viewer, List.of(projectId), search, authors(search)), userId);
	}

	/** The same search over every project of the user (C2.7). */
	public List<PostSummary> search(PostSearch search, String userId) {
		Viewer viewer = visibility.viewer(userId);
		return views.summaries(queries.visible(viewer, viewer.projects().keySet(), search, authors(search)), userId);
	}

	public List<UnreadPost> unread(String userId) {
		Viewer viewer = visibility.viewer(userId);
		return queries.unread(viewer, UNREAD_LIMIT).stream()
			.map(post -> new UnreadPost(post.id(), post.projectId(), viewer.projects().get(post.projectId()),
					post.title()))
			.toList();
	}

	/** Marks every unread post of the user read; outside a transaction, like opening a post. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int markAllRead(String userId) {
		Viewer viewer = visibility.viewer(userId);
		return reads.markAll(queries.unreadIds(viewer), userId);
	}

	/** Posts and replies of the chosen projects (all of the user's when none are chosen) as a tree (S2.7). */
	public List<ProjectPosts> tree(List<Long> projectIds, String userId) {
		Viewer viewer = visibility.viewer(userId);
		Map<Long, String> chosen = new LinkedHashMap<>();
		viewer.projects().forEach((id, name) -> {
			if (projectIds == null || projectIds.isEmpty() || projectIds.contains(id)) {
				chosen.put(id, name);
			}
		});
		return views.tree(queries.visible(viewer, chosen.keySet(), PostSearch.none(), null), chosen, userId);
	}

	/** Names the viewer may have meant by {@code author}: a user id, or part of a name. */
	private Set<String> authors(PostSearch search) {
		if (search.author() == null || search.author().isBlank()) {
			return null;
		}
		String wanted = search.author().strip().toLowerCase(Locale.ROOT);
		return views.names().entrySet().stream()
			.filter(entry -> entry.getKey().equalsIgnoreCase(wanted)
					|| entry.getValue().toLowerCase(Locale.ROOT).contains(wanted))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}
}
