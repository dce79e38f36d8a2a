package jp.kyoyu.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.shared.Wording;

/** Turns posts into what pages and the API show, with a fixed number of queries for any number of posts. */
@Component
class PostViews {

	static final String GONE_USER = "board.user.deleted";

	private final IdentityManagement identity;

	private final ReadMarkRepository reads;

	private final ReplyRepository replies;

	private final BoardAttachmentRepository attachments;

	private final AudienceRepository audiences;

	PostViews(IdentityManagement identity, ReadMarkRepository reads, ReplyRepository replies,
			BoardAttachmentRepository attachments, AudienceRepository audiences) {
		this.identity = identity;
		this.reads = reads;
		this.replies = replies;
		this.attachments = attachments;
		this.audiences = audiences;
	}

	Map<String, String> names() {
		return identity.findAll().stream().collect(Collectors.toMap(UserAccount::userId, UserAccount::name));
	}

	List<PostSummary> summaries(List<Post> posts, String viewerId) {
		if (posts.isEmpty()) {
			return List.of();
		}
		Map<String, String> names = names();
		Set<Long> read = reads.findByUserIdAndPostIdIn(viewerId, posts.stream().map(Post::id).toList()).stream()
			.map(ReadMark::postId)
			.collect(Collectors.toSet());
		return posts.stream()
			.map(post -> summary(post, names, !read.contains(post.id()) && !post.authorUserId().equals(viewerId)))
			.toList();
	}

	/** Posts grouped by project, each with its replies (two queries for replies and read marks). */
	List<ProjectPosts> tree(List<Post> posts, Map<Long, String> projectNames, String viewerId) {
		Map<Long, List<ReplyView>> repliesByPost = replies(posts.stream().map(Post::id).toList(), names());
		Map<Long, List<PostThread>> byProject = new LinkedHashMap<>();
		projectNames.keySet().forEach(id -> byProject.put(id, new ArrayList<>()));
		for (PostSummary summary : summaries(posts, viewerId)) {
			byProject.computeIfAbsent(summary.projectId(), id -> new ArrayList<>())
				.add(new PostThread(summary, repliesByPost.getOrDefault(summary.id(), List.of())));
		}
		return byProject.entrySet().stream()
			.filter(entry -> !entry.getValue().isEmpty())
			.map(entry -> new ProjectPosts(entry.getKey(), projectNames.get(entry.getKey()), entry.getValue()))
			.toList();
	}

	PostDetails details(Post post, String viewerId) {
		Map<String, String> names = names();
		List<Audience> audience = audiences.findByPostId(post.id());
		List<BoardAttachmentView> files = attachments.findByPostIdOrderById(post.id()).stream()
			.map(BoardAttachment::view)
			.toList();
		Map<Long, List<BoardAttachmentView>> filesByReply = files.stream()
			.filter(file -> file.replyId() != null)
			.collect(Collectors.groupingBy(BoardAttachmentView::replyId));
		List<ReplyView> threads = replies(List.of(post.id()), names).getOrDefault(post.id(), List.of()).stream()
			.map(reply -> new ReplyView(reply.id(), reply.body(), reply.author(), reply.authorUserId(),
					reply.createdAt(), filesByReply.getOrDefault(reply.id(), List.of())))
			.toList();
		return new PostDetails(post.id(), post.projectId(), post.title(), post.body(), name(names, post.authorUserId()),
				post.authorUserId(), post.createdAt(), post.updatedAt(), refs(audience, Audience.USER),
				refs(audience, Audience.GROUP), files.stream().filter(file -> file.replyId() == null).toList(),
				threads, post.authorUserId().equals(viewerId), post.bundle() != null, post.version());
	}

	private Map<Long, List<ReplyView>> replies(List<Long> postIds, Map<String, String> names) {
		if (postIds.isEmpty()) {
			return Map.of();
		}
		return replies.findByPostIdInOrderByCreatedAtAscIdAsc(postIds).stream()
			.collect(Collectors.groupingBy(Reply::postId, LinkedHashMap::new,
					Collectors.mapping(reply -> new ReplyView(reply.id(), reply.body(),
							name(names, reply.authorUserId()), reply.authorUserId(), reply.createdAt(), List.of()),
							Collectors.toList())));
	}

	static PostSummary summary(Post post, Map<String, String> names, boolean unread) {
		return new PostSummary(post.id(), post.projectId(), post.title(), name(names, post.authorUserId()),
				post.authorUserId(), post.createdAt(), unread);
	}

	static String name(Map<String, String> names, String userId) {
		return names.containsKey(userId) ? names.get(userId) : Wording.of(GONE_USER);
	}

	private static List<String> refs(List<Audience> audience, String kind) {
		return audience.stream().filter(a -> kind.equals(a.kind())).map(Audience::ref).toList();
	}
}
