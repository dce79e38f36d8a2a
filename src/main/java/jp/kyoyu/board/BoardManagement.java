package jp.kyoyu.board;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.privacy.PersonalDataGuard;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.StaleVersionException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.storage.IncomingFile;

/** Writing on the board: posts (also to several projects at once, S2.8), replies, deletion by the author. */
@Service
@Transactional
public class BoardManagement {

	static final String AUTHOR_ONLY = "board.post.author-only";

	private final PostRepository posts;

	private final ReplyRepository replies;

	private final ReadMarks reads;

	private final PostVisibility visibility;

	private final PostAudiences audiences;

	private final PostViews views;

	private final BoardAttachments attachments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PersonalDataGuard personalData;

	BoardManagement(PostRepository posts, ReplyRepository replies, ReadMarks reads,
			PostVisibility visibility, PostAudiences audiences, PostViews views, BoardAttachments attachments,
			ApplicationEventPublisher events, Clock clock, PersonalDataGuard personalData) {
		this.posts = posts;
		this.replies = replies;
		this.reads = reads;
		this.visibility = visibility;
		this.audiences = audiences;
		this.views = views;
		this.attachments = attachments;
		this.events = events;
		this.clock = clock;
		this.personalData = personalData;
	}

	/** Posts to one project's board; tells the chosen users by mail after commit. */
	public long create(long projectId, PostInput input, String userId) {
		Viewer viewer = checkNew(projectId, input, userId);
		Post post = posts.save(new Post(projectId, input.title().strip(), input.body(), userId,
				!input.users().isEmpty() || !input.groups().isEmpty(), null, clock.instant()));
		audiences.save(post, input);
		events.publishEvent(new PostCreated(post.id(), projectId, post.title()));
		audiences.notify(post, input.recipients(), viewer);
		return post.id();
	}

	/**
	 * A post with the files sent in its form (C2.1; issue #21, the files streamed from the request): the post is
	 * checked before a byte of any file is read, then the files stream into the store one after the other and the
	 * post is made in the transaction that links them, so it never exists without them. A refused post or file
	 * leaves nothing behind (see {@link BoardAttachments#addToNewPost}); the chosen users are told after commit.
	 *
	 * @param files read once, in order, each only after the one before it is stored
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public long createWithFiles(long projectId, PostInput input, Iterable<IncomingFile> files, String userId) {
		checkNew(projectId, input, userId);
		return attachments.addToNewPost(projectId, files, () -> create(projectId, input, userId));
	}

	/** Who posts, once everything a new post is refused for has been checked. */
	private Viewer checkNew(long projectId, PostInput input, String userId) {
		Viewer viewer = visibility.viewer(userId);
		audiences.requireMember(viewer, projectId);
		PostRules.check(input.title(), input.body());
		checkPersonalData("project:" + projectId, input.title(), input.body());
		audiences.checkChoice(projectId, input, userId);
		return viewer;
	}

	/** One post per project, for the whole project each, tied together to be edited and deleted at once. */
	public List<Long> createEverywhere(List<Long> projectIds, String title, String body, String userId) {
		if (projectIds == null || projectIds.isEmpty()) {
			throw new InvalidInputException("projectIds", Wording.of("board.post.no-project"));
		}
		Viewer viewer = visibility.viewer(userId);
		for (Long projectId : projectIds) {
			audiences.requireMember(viewer, projectId == null ? -1 : projectId);
		}
		PostRules.check(title, body);
		checkPersonalData("projects:" + projectIds, title, body);
		String bundle = UUID.randomUUID().toString();
		List<Long> ids = new ArrayList<>();
		for (Long projectId : new LinkedHashSet<>(projectIds)) {
			Post post = posts.save(new Post(projectId, title.strip(), body, userId, false, bundle, clock.instant()));
			events.publishEvent(new PostCreated(post.id(), projectId, post.title()));
			ids.add(post.id());
		}
		return ids;
	}

	/** Changes the title and body; {@code everywhere} also changes the posts made together with this one. */
	public void update(long postId, String title, String body, boolean everywhere, String userId) {
		update(postId, null, title, body, everywhere, userId);
	}

	/**
	 * {@link #update} refused with {@link StaleVersionException} unless the post is still at {@code version};
	 * answers the post's new version. The posts made together with it are not checked: their versions only
	 * follow this one's.
	 */
	public long update(long postId, Long version, String title, String body, boolean everywhere, String userId) {
		Post post = own(postId, userId);
		StaleVersionException.check(post.version(), version);
		PostRules.check(title, body);
		checkPersonalData("post:" + postId, title, body);
		for (Post each : together(post, everywhere)) {
			each.change(title.strip(), body, clock.instant());
			events.publishEvent(new PostUpdated(each.id(), each.projectId(), each.title()));
		}
		StaleVersionException.flushing(posts::flush);
		return post.version();
	}

	/** Deletes the post with its replies, read marks and files; the audit log keeps the trace. */
	public void delete(long postId, boolean everywhere, String userId) {
		delete(postId, null, everywhere, userId);
	}

	/** {@link #delete} refused with {@link StaleVersionException} unless the post is still at {@code version}. */
	public void delete(long postId, Long version, boolean everywhere, String userId) {
		Post post = own(postId, userId);
		StaleVersionException.check(post.version(), version);
		for (Post each : together(post, everywhere)) {
			attachments.releaseAll(each.id());
			posts.delete(each);
			events.publishEvent(new PostDeleted(each.id(), each.projectId(), each.title()));
		}
	}

	/**
	 * The post with replies and files; opening it marks it read for the viewer (C2.6). Runs without a
	 * transaction so that the read mark is an insert-if-absent of its own (see {@link ReadMarks}).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public PostDetails open(long postId, String userId) {
		Post post = visibility.visible(postId, visibility.viewer(userId));
		reads.mark(postId, userId);
		return views.details(post, userId);
	}

	public ReplyView reply(long postId, String body, String userId) {
		Post post = visibility.visible(postId, visibility.viewer(userId));
		PostRules.checkReply(body);
		personalData.checkText("post:" + postId, "body", Wording.japanese("board.reply"), body);
		Reply reply = replies.save(new Reply(post.id(), body, userId, clock.instant()));
		events.publishEvent(new ReplyAdded(reply.id(), post.id()));
		return new ReplyView(reply.id(), reply.body(), PostViews.name(views.names(), userId), userId,
				reply.createdAt(), List.of());
	}

	/** G-2: no individual number or card number in what the board shows to a whole project. */
	private void checkPersonalData(String what, String title, String body) {
		personalData.checkText(what, "title", Wording.japanese("board.field.title"), title);
		personalData.checkText(what, "body", Wording.japanese("board.field.body"), body);
	}

	private Post own(long postId, String userId) {
		Post post = visibility.visible(postId, visibility.viewer(userId));
		if (!post.authorUserId().equals(userId)) {
			throw new ForbiddenException(Wording.of(AUTHOR_ONLY));
		}
		return post;
	}

	private List<Post> together(Post post, boolean everywhere) {
		if (!everywhere || post.bundle() == null) {
			return List.of(post);
		}
		return posts.findByBundleAndAuthorUserId(post.bundle(), post.authorUserId());
	}
}
