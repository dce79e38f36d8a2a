package jp.kyoyu.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jp.kyoyu.consultation.ConsultationSummary.Stage;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.ProposalView;

/** Builds what callers see of matters; the list puts matters and proposals in their own categories. */
@Component
class ConsultationViews {

	private final MatterRepository matters;

	private final CommentRepository comments;

	private final MatterFileRepository files;

	private final ConsultationAccess access;

	private final ProposalManagement proposals;

	private final ConsultationWording wording;

	ConsultationViews(MatterRepository matters, CommentRepository comments, MatterFileRepository files,
			ConsultationAccess access, ProposalManagement proposals, ConsultationWording wording) {
		this.wording = wording;
		this.matters = matters;
		this.comments = comments;
		this.files = files;
		this.access = access;
		this.proposals = proposals;
	}

	ConsultationView of(Matter m) {
		List<ConsultationFileView> all = files.findByMatterIdOrderByIdAsc(m.id()).stream().map(MatterFile::view).toList();
		Map<Long, List<ConsultationFileView>> byComment = all.stream()
			.filter(f -> f.commentId() != null)
			.collect(Collectors.groupingBy(ConsultationFileView::commentId));
		List<ConsultationCommentView> thread = comments.findByMatterIdOrderByCreatedAtAscIdAsc(m.id()).stream()
			.map(c -> of(c, byComment.getOrDefault(c.id(), List.of())))
			.toList();
		List<ConsultationFileView> material = all.stream().filter(f -> f.commentId() == null).toList();
		return new ConsultationView(m.id(), m.projectId(), m.title(), m.body(), m.registeredBy(),
				access.name(m.registeredBy()), m.registeredSide(), m.noticeChannel(), m.status(), m.status().label(),
				m.proposalId(), m.createdAt(), m.updatedAt(), m.lastCommentAt(), material, thread);
	}

	ConsultationCommentView of(Comment c, List<ConsultationFileView> attached) {
		return new ConsultationCommentView(c.id(), c.body(), c.authorUserId(), access.name(c.authorUserId()),
				c.authorSide(), c.createdAt(), attached);
	}

	List<ConsultationSummary> list(long projectId, String userId) {
		List<Matter> own = matters.findByProjectIdOrderByUpdatedAtDescIdDesc(projectId);
		List<ConsultationSummary> rows = new ArrayList<>();
		for (Matter m : own) {
			rows.add(new ConsultationSummary(m.id(), m.title(), Stage.PRE_CONSULTATION, m.status().name(),
					m.status().label(), m.lastCommentAt(), m.updatedAt(), m.proposalId(), null));
		}
		Map<Long, Matter> byProposal = own.stream()
			.filter(m -> m.proposalId() != null)
			.collect(Collectors.toMap(Matter::proposalId, Function.identity()));
		for (ProposalView p : proposals.list(projectId, userId)) {
			Matter from = byProposal.get(p.id());
			String status = p.status().name();
			rows.add(new ConsultationSummary(p.id(), p.typeName() + "：" + p.title(), Stage.DECISION, status,
					wording.textOr(status, "consultation.proposalStatus." + status), null, p.updatedAt(), p.id(),
					from == null ? null : from.id()));
		}
		return rows;
	}
}
