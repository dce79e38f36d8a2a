package jp.kyoyu.proposal;

import java.io.InputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.storage.FileStore;
import jp.kyoyu.storage.IncomingFile;
import jp.kyoyu.storage.StoredFile;

/**
 * The parts of a proposal (C3.7-C3.10): drawings, photos, documents and forms made in other systems, in the
 * order the author sets. The bytes live in the storage module; only the author changes the parts of a draft,
 * everyone who may read the proposal may download them.
 */
@Service
@Transactional
public class ProposalAttachments {

	private final AttachmentRepository attachments;

	private final ProposalAccess access;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProposalAttachments(AttachmentRepository attachments, ProposalAccess access, FileStore files,
			ApplicationEventPublisher events, Clock clock) {
		this.attachments = attachments;
		this.access = access;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> list(long proposalId, String userId) {
		access.readable(proposalId, userId);
		return inOrder(proposalId).stream().map(Attachment::view).toList();
	}

	/**
	 * Checks before the upload streams in (no connection held meanwhile, gigabytes may arrive) and again when
	 * linking it; the store claims the file together with the attachment row.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public AttachmentView add(long proposalId, InputStream content, String originalName, String contentType,
			AttachmentKind kind, String userId) {
		long projectId = access.editable(proposalId, userId).projectId();
		return files.storeThenLink(projectId, new IncomingFile(content, originalName, contentType), stored -> {
			access.editable(proposalId, userId); // still the author's draft after the upload
			return added(proposalId, stored, kind);
		});
	}

	/**
	 * Links a file already in the store to the caller's draft within the caller's transaction, for modules that
	 * create a draft and hand over files in one step (a pre-consultation matter becoming a proposal).
	 */
	public AttachmentView attach(long proposalId, StoredFile stored, AttachmentKind kind, String userId) {
		access.editable(proposalId, userId);
		files.claim(stored.id());
		return added(proposalId, stored, kind);
	}

	/** Sets the order; {@code ids} must name every part of the proposal exactly once. */
	public List<AttachmentView> reorder(long proposalId, List<Long> ids, String userId) {
		access.editable(proposalId, userId);
		List<Attachment> current = inOrder(proposalId);
		List<Long> currentIds = current.stream().map(Attachment::id).toList();
		if (ids == null || ids.size() != currentIds.size() || !new HashSet<>(ids).equals(new HashSet<>(currentIds))) {
			throw new InvalidInputException("ids", Wording.of("proposal.attachments.error.reorder-ids", currentIds.toString()));
		}
		for (Attachment attachment : current) {
			attachment.moveTo(ids.indexOf(attachment.id()) + 1);
		}
		events.publishEvent(new AttachmentsReordered(proposalId, List.copyOf(ids)));
		return inOrder(proposalId).stream().map(Attachment::view).toList();
	}

	/** Moves one part up or down by one place (the page's arrows). */
	public void move(long proposalId, long attachmentId, boolean up, String userId) {
		List<Long> ids = new java.util.ArrayList<>(list(proposalId, userId).stream().map(AttachmentView::id).toList());
		int from = ids.indexOf(attachmentId);
		int to = up ? from - 1 : from + 1;
		if (from < 0) {
			throw new NotFoundException(Wording.of("proposal.attachments.error.not-found"));
		}
		if (to >= 0 && to < ids.size()) {
			java.util.Collections.swap(ids, from, to);
			reorder(proposalId, ids, userId);
		}
	}

	@Transactional(readOnly = true)
	public ResponseEntity<Resource> download(long proposalId, long attachmentId, boolean inline, String userId) {
		access.readable(proposalId, userId);
		return files.download(find(proposalId, attachmentId).fileId(), inline);
	}

	public void remove(long proposalId, long attachmentId, String userId) {
		access.editable(proposalId, userId);
		Attachment attachment = find(proposalId, attachmentId);
		attachments.delete(attachment);
		files.release(attachment.fileId());
		renumber(proposalId);
		events.publishEvent(new AttachmentRemoved(proposalId, attachmentId, attachment.name()));
	}

	/** The parts' stored file ids in order, for filing an approved proposal (the caller is the system). */
	@Transactional(readOnly = true)
	public List<Long> fileIdsForFiling(long proposalId) {
		return inOrder(proposalId).stream().map(Attachment::fileId).toList();
	}

	/** The parts' names in order, for the PDF. */
	List<String> names(long proposalId) {
		// the file names only: the printed form numbers them itself, and 「1（書類）」 told the reader nothing (issue #22)
		return inOrder(proposalId).stream().map(Attachment::name).toList();
	}

	/**
	 * Gives the copy its own stored files, so deleting either proposal leaves the other's parts whole. A copy into
	 * another project is sealed with that project's key: erasing the source project must not take its files along.
	 */
	void copyAll(long fromProposalId, long toProposalId, long toProjectId) {
		for (Attachment source : inOrder(fromProposalId)) {
			StoredFile copy = files.copy(source.fileId(), toProjectId);
			files.claim(copy.id());
			save(toProposalId, copy, source.kind());
		}
	}

	void removeAll(long proposalId) {
		for (Attachment attachment : inOrder(proposalId)) {
			attachments.delete(attachment);
			files.release(attachment.fileId());
		}
	}

	private AttachmentView added(long proposalId, StoredFile stored, AttachmentKind kind) {
		Attachment attachment = save(proposalId, stored, kind == null ? AttachmentKind.DOCUMENT : kind);
		events.publishEvent(new AttachmentAdded(proposalId, attachment.id(), attachment.name()));
		return attachment.view();
	}

	/** The next part at the end; the caller has claimed the file. */
	private Attachment save(long proposalId, StoredFile stored, AttachmentKind kind) {
		int position = inOrder(proposalId).size() + 1;
		return attachments.save(new Attachment(proposalId, stored.id(), position, kind, stored.name(), stored.size(),
				stored.sha256(), clock.instant()));
	}

	private Attachment find(long proposalId, long attachmentId) {
		return attachments.findById(attachmentId)
			.filter(a -> a.proposalId() == proposalId)
			.orElseThrow(() -> new NotFoundException(Wording.of("proposal.attachments.error.not-found")));
	}

	private void renumber(long proposalId) {
		List<Attachment> ordered = inOrder(proposalId);
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).moveTo(i + 1);
		}
	}

	private List<Attachment> inOrder(long proposalId) {
		return attachments.findByProposalIdOrderByPositionAscIdAsc(proposalId);
	}

	/** Japanese, as every API error of Kyoyu is (identity's FeatureAuthorization does the same). */
}
