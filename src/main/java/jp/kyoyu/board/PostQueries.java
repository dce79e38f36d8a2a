package jp.kyoyu.board;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;

import java.time.ZoneId;

/**
 * The list queries. Visibility and unread state are conditions of one SQL query each (an {@code exists} on the
 * audience and read marks, both indexed), so a list costs the same few queries whatever the number of posts.
 */
@Component
class PostQueries {

	/** A board list shows at most this many posts, newest first; searching narrows it down. */
	static final int LIMIT = 500;

	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	static final String VISIBLE = " p.projectId in :projects and (p.restricted = false or p.authorUserId = :user"
			+ " or exists (select a.id from Audience a where a.postId = p.id and ((a.kind = 'USER' and a.ref = :user)"
			+ " or (a.kind = 'GROUP' and a.ref in :groups))))";

	static final String UNREAD = " p.authorUserId <> :user and not exists (select r.id from ReadMark r"
			+ " where r.postId = p.id and r.userId = :user)";

	private final EntityManager entities;

	PostQueries(EntityManager entities) {
		this.entities = entities;
	}

	/** Posts of {@code projectIds} the viewer may see, matching the search, newest first (at most {@link #LIMIT}). */
	List<Post> visible(Viewer viewer, Collection<Long> projectIds, PostSearch search, Set<String> authorIds) {
		return visible(viewer, projectIds, search, authorIds, 0, LIMIT);
	}

	/** One slice of {@link #visible}: {@code count} posts after skipping {@code offset}, in the database. */
	List<Post> visible(Viewer viewer, Collection<Long> projectIds, PostSearch search, Set<String> authorIds,
			int offset, int count) {
		if (projectIds.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = new HashMap<>();
		String jpql = "select p from Post p where" + conditions(search, authorIds, parameters)
				+ " order by p.createdAt desc, p.id desc";
		TypedQuery<Post> query = bind(entities.createQuery(jpql, Post.class), viewer, projectIds);
		parameters.forEach(query::setParameter);
		return query.setFirstResult(offset).setMaxResults(count).getResultList();
	}

	/** How many posts {@link #visible} would find without a limit; hidden posts are not counted. */
	long countVisible(Viewer viewer, Collection<Long> projectIds, PostSearch search, Set<String> authorIds) {
		if (projectIds.isEmpty()) {
			return 0;
		}
		Map<String, Object> parameters = new HashMap<>();
		String jpql = "select count(p) from Post p where" + conditions(search, authorIds, parameters);
		TypedQuery<Long> query = entities.createQuery(jpql, Long.class)
			.setParameter("projects", projectIds)
			.setParameter("user", viewer.userId())
			.setParameter("groups", viewer.groupsForQuery());
		parameters.forEach(query::setParameter);
		return query.getSingleResult();
	}

	/** The where clause of a list: visibility, then the search filters, whose values go into {@code parameters}. */
	private static String conditions(PostSearch search, Set<String> authorIds, Map<String, Object> parameters) {
		StringBuilder jpql = new StringBuilder(VISIBLE);
		if (search.q() != null && !search.q().isBlank()) {
			jpql.append(" and lower(p.title) like :q escape '\\'");
			parameters.put("q", "%" + escape(search.q().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		if (authorIds != null) {
			jpql.append(" and p.authorUserId in :authors");
			parameters.put("authors", authorIds.isEmpty() ? Set.of("") : authorIds);
		}
		if (search.from() != null) {
			jpql.append(" and p.createdAt >= :from");
			parameters.put("from", startOf(search.from()));
		}
		if (search.to() != null) {
			jpql.append(" and p.createdAt < :to");
			parameters.put("to", startOf(search.to().plusDays(1)));
		}
		return jpql.toString();
	}

	/** The viewer's unread posts across their projects, newest first. */
	List<Post> unread(Viewer viewer, int limit) {
		return unread(viewer, 0, limit);
	}

	/** A slice of the viewer's unread posts, newest first, skipping {@code offset}. */
	List<Post> unread(Viewer viewer, int offset, int limit) {
		if (viewer.projects().isEmpty()) {
			return List.of();
		}
		// "+ 0" keeps the database from fetching all posts of the projects by board_post_project and sorting
		// them; it walks board_post_created from the newest post instead and stops at the limit.
		String jpql = "select p from Post p where" + VISIBLE.replace("p.projectId in", "p.projectId + 0 in") + " and"
				+ UNREAD + " order by p.createdAt desc, p.id desc";
		return bind(entities.createQuery(jpql, Post.class), viewer, viewer.projects().keySet()).setFirstResult(offset)
			.setMaxResults(limit)
			.getResultList();
	}

	/** How many unread posts the viewer has, all of them, counted in the database. */
	long countUnread(Viewer viewer) {
		if (viewer.projects().isEmpty()) {
			return 0;
		}
		String jpql = "select count(p) from Post p where" + VISIBLE + " and" + UNREAD;
		return entities.createQuery(jpql, Long.class)
			.setParameter("projects", viewer.projects().keySet())
			.setParameter("user", viewer.userId())
			.setParameter("groups", viewer.groupsForQuery())
			.getSingleResult();
	}

	/** The ids of all the viewer's unread posts, for "mark all read". */
	List<Long> unreadIds(Viewer viewer) {
		if (viewer.projects().isEmpty()) {
			return List.of();
		}
		String jpql = "select p.id from Post p where" + VISIBLE + " and" + UNREAD;
		return entities.createQuery(jpql, Long.class)
			.setParameter("projects", viewer.projects().keySet())
			.setParameter("user", viewer.userId())
			.setParameter("groups", viewer.groupsForQuery())
			.getResultList();
	}

	private static TypedQuery<Post> bind(TypedQuery<Post> query, Viewer viewer, Collection<Long> projectIds) {
		return query.setParameter("projects", projectIds)
			.setParameter("user", viewer.userId())
			.setParameter("groups", viewer.groupsForQuery());
	}

	private static java.time.Instant startOf(LocalDate date) {
		return date.atStartOfDay(JAPAN).toInstant();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
