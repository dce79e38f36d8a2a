package jp.kyoyu.board;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.function.LongSupplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.storage.FileStore;
import jp.kyoyu.storage.IncomingFile;
import jp.kyoyu.storage.StoredFile;

/**
 * Files on posts and replies (C2.1, C2.3). The author of the post (or of the reply) adds them; whoever sees the
 * post downloads them, and whoever does not is told the file does not exist.
 */
@Service
@Transactional
public class BoardAttachments {

	private final BoardAttachmentRepository attachments;

	private final ReplyRepository replies;

	private final PostVisibility visibility;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BoardAttachments(BoardAttachmentRepository attachments, ReplyRepository replies, PostVisibility visibility,
			FileStore files, ApplicationEventPublisher events, Clock clock) {
		this.attachments = attachments;
		this.replies = replies;
		this.visibility = visibility;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks before the upload streams in (no connection held meanwhile) and again when linking it, since the
	 * post may have changed during a long upload; the store claims the file together with the attachment row.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public BoardAttachmentView add(long postId, Long replyId, InputStream content, String name, String contentType,
			String userId) {
		long projectId = mayAttach(postId, replyId, userId);
		return files.storeThenLink(projectId, new IncomingFile(content, name, contentType), stored -> {
			mayAttach(postId, replyId, userId);
			return link(postId, replyId, stored);
		});
	}

	/**
	 * The files sent with a new post (issue #21): they arrive before the post exists, so each is stored as it
	 * arrives and {@code post} makes the post in the one transaction that claims them and links them to it. A
	 * refused file (its name, the size limit) or a refused post leaves neither the post nor any file: the store
	 * discards what this call stored. No transaction of its own while the files stream in.
	 *
	 * @return the new post's id
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	long addToNewPost(long projectId, Iterable<IncomingFile> uploads, LongSupplier post) {
		return files.storeThenLink(projectId, uploads, List.of(), stored -> {
			long postId = post.getAsLong();
			stored.forEach(file -> link(postId, null, file));
			return postId;
		});
	}

	private BoardAttachmentView link(long postId, Long replyId, StoredFile stored) {
		BoardAttachment attachment = attachments.save(new BoardAttachment(postId, replyId, stored.id(), stored.name(),
				stored.size(), clock.instant()));
		events.publishEvent(new BoardAttachmentAdded(postId, replyId, attachment.id(), stored.name()));
		return attachment.view();
	}

	@Transactional(readOnly = true)
	public ResponseEntity<Resource> download(long postId, long attachmentId, boolean inline, String userId) {
		visibility.visible(postId, visibility.viewer(userId));
		BoardAttachment attachment = attachments.findByIdAndPostId(attachmentId, postId)
			.orElseThrow(() -> new NotFoundException(Wording.of("board.attachments.error.not-found")));
		return files.download(attachment.fileId(), inline);
	}

	void releaseAll(long postId) {
		for (BoardAttachment attachment : attachments.findByPostIdOrderById(postId)) {
			files.release(attachment.fileId());
		}
	}

	/** @return the post's project, whose key encrypts the file */
	private long mayAttach(long postId, Long replyId, String userId) {
		Post post = visibility.visible(postId, visibility.viewer(userId));
		String author = replyId == null ? post.authorUserId()
				: replies.findById(replyId)
					.filter(reply -> reply.postId() == postId)
					.orElseThrow(() -> new NotFoundException(Wording.of("board.attachments.error.reply-not-found")))
					.authorUserId();
		if (!author.equals(userId)) {
			throw new ForbiddenException(Wording.of("board.attachments.error.author-only"));
		}
		return post.projectId();
	}

	/** Japanese, as every API error of Kyoyu is (identity's FeatureAuthorization does the same). */
}
