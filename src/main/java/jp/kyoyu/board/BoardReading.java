package jp.kyoyu.board;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reading the board: a project's list, search over all the user's projects, unread posts, the tree (S2.7). */
@Service
@Transactional(readOnly = true)
public class BoardReading {

	/** {@code GET /api/v1/me/unread-posts} lists at most this many unread titles (the home page shows 20). */
	static final int UNREAD_LIMIT = 50;

	private final PostVisibility visibility;

	private final PostAudiences audiences;

	private final PostQueries queries;

	private final PostViews views;

	private final ReadMarks reads;

	private final UnreadCache unread;

	BoardReading(PostVisibility visibility, PostAudiences audiences, PostQueries queries, PostViews views,
			ReadMarks reads, UnreadCache unread) {
		this.unread = unread;
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

	/**
	 * One page of a project's posts the user may see, newest first: the database counts and slices, so a page
	 * costs the same whatever the board's size. A page past the end shows the last page.
	 */
	public BoardPage<PostSummary> page(long projectId, PostSearch search, int page, String userId) {
		Viewer viewer = visibility.viewer(userId);
		audiences.requireMember(viewer, projectId);
		Set<String> authors = authors(search);
		long total = queries.countVisible(viewer, List.of(projectId), search, authors);
		int shown = BoardPage.clamp(page, total, BoardPage.SIZE);
		List<Post> posts = total == 0 ? List.of()
				: queries.visible(viewer, List.of(projectId), search, authors, (shown - 1) * BoardPage.SIZE,
						BoardPage.SIZE);
		return new BoardPage<>(views.summaries(posts, userId), shown, BoardPage.SIZE, total);
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

	/**
	 * One page of the user's unread posts across their projects, newest first, with the exact number of unread
	 * posts (counted in the database, not by loading them). A page past the end shows the last page.
	 */
	public BoardPage<UnreadPost> unread(String userId, int page, int size) {
		// Who the viewer is costs queries too, so it is only worked out when something is not kept.
		Viewer[] viewer = new Viewer[1];
		Supplier<Viewer> lazyViewer = () -> viewer[0] != null ? viewer[0] : (viewer[0] = visibility.viewer(userId));
		long total = unread.get(userId, "count", () -> queries.countUnread(lazyViewer.get()));
		int shown = BoardPage.clamp(page, total, size);
		List<UnreadPost> posts = total == 0 ? List.of()
				: shown == 1 ? unread.get(userId, "newest " + size, () -> unreadPosts(lazyViewer.get(), 0, size))
						: unreadPosts(lazyViewer.get(), (shown - 1) * size, size);
		return new BoardPage<>(posts, shown, size, total);
	}

	private List<UnreadPost> unreadPosts(Viewer viewer, int offset, int size) {
		return queries.unread(viewer, offset, size).stream()
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
