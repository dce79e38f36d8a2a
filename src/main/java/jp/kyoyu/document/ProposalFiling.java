package jp.kyoyu.document;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectKind;
import jp.kyoyu.proposal.ApprovalAction;
import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.proposal.DocumentType;
import jp.kyoyu.proposal.DocumentTypes;
import jp.kyoyu.proposal.PostReviewCompleted;
import jp.kyoyu.proposal.ProposalApproved;
import jp.kyoyu.proposal.ProposalAttachments;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.storage.FileStore;
import jp.kyoyu.storage.StoredFile;

/**
 * Files an approved proposal after the approval committed (C5.2, C5.8): its PDF first, then copies of its parts
 * in order, with the approval record, into the folder its document type maps to in {@code document/folders.yaml}.
 * Listeners run after commit and are retried from the event registry; filing twice is prevented.
 */
@Component
class ProposalFiling {

	private final DocumentEntryRepository documents;

	private final ApprovalRowRepository approvals;

	private final FolderTargets targets;

	private final DocumentRegistry registry;

	private final ProposalManagement proposals;

	private final ProposalAttachments parts;

	private final DocumentTypes types;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProposalFiling(DocumentEntryRepository documents, ApprovalRowRepository approvals, FolderTargets targets,
			DocumentRegistry registry, ProposalManagement proposals, ProposalAttachments parts, DocumentTypes types,
			FileStore files, ApplicationEventPublisher events, Clock clock) {
		this.documents = documents;
		this.approvals = approvals;
		this.targets = targets;
		this.registry = registry;
		this.proposals = proposals;
		this.parts = parts;
		this.types = types;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ProposalApproved approved) {
		if (documents.findByProposalId(approved.proposalId()).isPresent()) {
			return;
		}
		DocumentType type = types.find(approved.documentTypeKey()).orElse(null);
		ProjectKind kind = type == null ? ProjectKind.WORKS : type.projectKind();
		Folder folder = targets.folderFor(approved.projectId(), kind, approved.documentTypeKey());
		List<StoredFile> stored = new ArrayList<>();
		stored.add(files.store(approved.projectId(), new ByteArrayInputStream(proposals.pdfForFiling(approved.proposalId())),
				approved.title() + ".pdf", "application/pdf"));
		for (long fileId : parts.fileIdsForFiling(approved.proposalId())) {
			stored.add(files.copy(fileId, approved.projectId()));
		}
		ApprovalStep proposer = approved.record().stream()
			.filter(step -> step.action() == ApprovalAction.SUBMIT || step.action() == ApprovalAction.RESUBMIT)
			.findFirst()
			.orElse(approved.record().isEmpty() ? null : approved.record().get(0));
		DocumentEntry entry = documents.save(new DocumentEntry(approved.projectId(), folder.id(), approved.title(),
				type == null ? approved.documentTypeKey() : type.name(),
				approved.approvedAt().atZone(clock.getZone()).toLocalDate(),
				proposer == null ? "workflow" : proposer.actorUserId(),
				proposer == null ? Wording.japanese("document.author.workflow") : proposer.actorName(),
				approved.postReviewPending() ? DocumentStatus.POST_REVIEW_PENDING : DocumentStatus.APPROVED,
				approved.proposalId(), approved.documentTypeKey(), clock.instant()));
		registry.link(entry, stored);
		int position = 1;
		for (ApprovalStep step : approved.record()) {
			approvals.save(new ApprovalRow(entry.id(), position++, step));
		}
		events.publishEvent(new ProposalFiled(entry.id(), entry.projectId(), approved.proposalId(), folder.id(),
				entry.title()));
	}

	/** Appends the 後閲 to the record. Before the filing it fails, so the registry retries it later. */
	@ApplicationModuleListener
	void on(PostReviewCompleted completed) {
		DocumentEntry entry = documents.findByProposalId(completed.proposalId())
			.orElseThrow(() -> new IllegalStateException("Proposal " + completed.proposalId() + " is not filed yet"));
		approvals.save(new ApprovalRow(entry.id(), (int) approvals.countByDocumentId(entry.id()) + 1, completed.step()));
		entry.status(DocumentStatus.APPROVED, clock.instant());
		documents.save(entry);
	}
}
