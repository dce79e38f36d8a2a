package jp.kyoyu.consultation;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.kyoyu.proposal.AttachmentKind;
import jp.kyoyu.proposal.ProposalAttachments;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.ProposalView;
import jp.kyoyu.storage.FileStore;

/**
 * Turns a matter into a decision-stage proposal draft of the converting user: the title, the material text
 * and the comment thread go into the form's {@code content} field (打合せ事項・内容), every file of the matter
 * becomes a part of the proposal in a copy of its own, and the matter keeps the proposal's id.
 */
@Component
class DecisionStage {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

	/** The maxLength of the forms' 打合せ事項・内容 field. */
	static final int CONTENT_MAX = 4000;

	private final ProposalManagement proposals;

	private final ProposalAttachments attachments;

	private final CommentRepository comments;

	private final MatterFileRepository matterFiles;

	private final ConsultationAccess access;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final ConsultationWording wording;

	private final Clock clock;

	DecisionStage(ProposalManagement proposals, ProposalAttachments attachments, CommentRepository comments,
			MatterFileRepository matterFiles, ConsultationAccess access, FileStore files,
			ApplicationEventPublisher events, ConsultationWording wording, Clock clock) {
		this.proposals = proposals;
		this.attachments = attachments;
		this.comments = comments;
		this.matterFiles = matterFiles;
		this.access = access;
		this.files = files;
		this.events = events;
		this.wording = wording;
		this.clock = clock;
	}

	long start(Matter matter, String type, String actor) {
		ConsultationRules.requireOpen(matter);
		ProposalView proposal = proposals.create(matter.projectId(), type, matter.title(),
				Map.of("content", content(matter)), actor);
		for (MatterFile file : matterFiles.findByMatterIdOrderByIdAsc(matter.id())) {
			// a copy of its own, so deleting the draft or the matter leaves the other's files whole
			attachments.attach(proposal.id(), files.copy(file.fileId(), matter.projectId()), AttachmentKind.DOCUMENT, actor);
		}
		matter.converted(proposal.id(), clock.instant());
		events.publishEvent(new ConsultationConverted(matter.id(), proposal.id(), type));
		return proposal.id();
	}

	private String content(Matter matter) {
		StringBuilder text = new StringBuilder(matter.body().strip());
		var thread = comments.findByMatterIdOrderByCreatedAtAscIdAsc(matter.id());
		if (!thread.isEmpty()) {
			text.append(wording.recorded("consultation.decision.thread"));
			for (Comment comment : thread) {
				text.append(wording.recorded("consultation.decision.commentLine", access.name(comment.authorUserId()),
						WHEN.format(comment.createdAt()), comment.body().strip()));
			}
		}
		String origin = wording.recorded("consultation.decision.origin", String.valueOf(matter.id()), matter.title());
		if (text.length() + origin.length() > CONTENT_MAX) {
			// the form's field takes 4000 characters; the whole thread stays on the matter's page and in its folder
			String more = wording.recorded("consultation.decision.more");
			text.setLength(Math.max(0, CONTENT_MAX - origin.length() - more.length()));
			text.append(more);
		}
		return text.append(origin).toString();
	}

}
