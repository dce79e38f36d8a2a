package jp.kyoyu.consultation;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

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
 * Material files and comment attachments of a matter (S4.8, S4.10): any member adds material, the author of a
 * comment attaches to it; every member downloads.
 */
@Service
@Transactional
public class ConsultationFiles {

	private final MatterFileRepository files;

	private final CommentRepository comments;

	private final ConsultationAccess access;

	private final FileStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ConsultationFiling filing;

	ConsultationFiles(MatterFileRepository files, CommentRepository comments, ConsultationAccess access,
			FileStore store, ConsultationFiling filing, ApplicationEventPublisher events, Clock clock) {
		this.filing = filing;
		this.files = files;
		this.comments = comments;
		this.access = access;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks before the upload streams in (no connection held meanwhile) and again when linking it, since the
	 * matter may have closed during a long upload; the store claims the file together with the matter's row.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ConsultationFileView add(long matterId, Long commentId, InputStream content, String name, String type,
			String userId) {
		long projectId = check(matterId, commentId, userId).projectId();
		return store.storeThenLink(projectId, new IncomingFile(content, name, type),
				stored -> link(matterId, commentId, stored, userId));
	}

	/**
	 * The material files sent with a new matter (issue #21): they arrive before the matter exists, so each is
	 * stored as it arrives and {@code matter} registers the matter in the one transaction that claims them and
	 * links them to it (each also filed in the matter's folder, as {@link #add} does). A refused file (its name,
	 * the size limit) or a refused matter leaves neither the matter nor any file: the store discards what this
	 * call stored. No transaction of its own while the files stream in.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	ConsultationView addToNewMatter(long projectId, Iterable<IncomingFile> uploads, Supplier<ConsultationView> matter,
			String userId) {
		return store.storeThenLink(projectId, uploads, List.of(), stored -> {
			ConsultationView registered = matter.get();
			stored.forEach(file -> link(registered.id(), null, file, userId));
			return registered;
		});
	}

	private ConsultationFileView link(long matterId, Long commentId, StoredFile stored, String userId) {
		Matter matter = check(matterId, commentId, userId);
		MatterFile file = files.save(new MatterFile(matterId, commentId, stored.id(), stored.name(), stored.size(),
				userId, clock.instant()));
		matter.moveTo(matter.status(), clock.instant());
		events.publishEvent(new ConsultationFileAdded(matterId, file.id(), file.name()));
		filing.fileAdded(matter, file, userId);
		return file.view();
	}

	@Transactional(readOnly = true)
	public ResponseEntity<Resource> download(long matterId, long fileId, boolean inline, String userId) {
		access.matter(matterId, userId);
		MatterFile file = files.findById(fileId)
			.filter(f -> f.matterId() == matterId)
			.orElseThrow(() -> new NotFoundException(Wording.of("consultation.files.error.not-found")));
		return store.download(file.fileId(), inline);
	}

	private Matter check(long matterId, Long commentId, String userId) {
		Matter matter = access.matter(matterId, userId);
		ConsultationRules.requireOpen(matter);
		if (commentId != null) {
			Comment comment = comments.findById(commentId)
				.filter(c -> c.matterId() == matterId)
				.orElseThrow(() -> new NotFoundException(Wording.of("consultation.files.error.comment-not-found")));
			if (!comment.authorUserId().equals(userId)) {
				throw new ForbiddenException(Wording.of("consultation.files.error.comment-author-only"));
			}
		}
		return matter;
	}

	/** Japanese, as every API error of Kyoyu is (identity's FeatureAuthorization does the same). */
}
