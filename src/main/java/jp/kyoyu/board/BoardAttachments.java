package jp.kyoyu.board;

import java.io.InputStream;
import java.time.Clock;

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
			BoardAttachment attachment = attachments.save(new BoardAttachment(postId, replyId, stored.id(),
					stored.name(), stored.size(), clock.instant()));
			events.publishEvent(new BoardAttachmentAdded(postId, replyId, attachment.id(), stored.name()));
			return attachment.view();
		});
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
