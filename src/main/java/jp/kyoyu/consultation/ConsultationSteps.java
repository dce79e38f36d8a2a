package jp.kyoyu.consultation;

import org.springframework.stereotype.Component;

import jp.kyoyu.shared.NotFoundException;

/**
 * The steps {@code bpmn/pre-consultation.bpmn} calls by bean name ({@code ${consultationSteps...}}), so a
 * process designer can reorder or drop notices, or change when the decision stage starts, without Java.
 * Each receives the business key (the matter id) and the acting user. Public only because the engine's
 * expression language calls public methods of public classes; other modules have no use for it.
 */
@Component("consultationSteps")
public class ConsultationSteps {

	private final MatterRepository matters;

	private final CommentRepository comments;

	private final ConsultationNotices notices;

	private final DecisionStage decision;

	ConsultationSteps(MatterRepository matters, CommentRepository comments, ConsultationNotices notices,
			DecisionStage decision) {
		this.matters = matters;
		this.comments = comments;
		this.notices = notices;
		this.decision = decision;
	}

	/** New material: tell the other side (S4.9). */
	public void notifyRegistered(String matterId, String actor) {
		Matter matter = matter(matterId);
		notices.tell(matter, "資料の登録", actor, matter.body());
	}

	/** A comment or answer: tell the other side, with the answer status (S4.11). */
	public void notifyCommented(String matterId, String actor, Object commentId) {
		Matter matter = matter(matterId);
		Comment comment = comments.findById(Long.valueOf(String.valueOf(commentId)))
			.orElseThrow(() -> new NotFoundException(ConsultationAccess.NOT_FOUND));
		notices.tell(matter, "コメント", actor, comment.body());
	}

	public void notifyAgreed(String matterId, String actor) {
		Matter matter = matter(matterId);
		notices.tell(matter, "合意", actor, "案件の内容に合意しました。発議へ進めることができます。");
	}

	/** Starts the decision stage: the proposal is created from the matter; returns its id. */
	public long startDecision(String matterId, String type, String actor) {
		return decision.start(matter(matterId), type, actor);
	}

	private Matter matter(String matterId) {
		return matters.findById(Long.valueOf(matterId))
			.orElseThrow(() -> new NotFoundException(ConsultationAccess.NOT_FOUND));
	}
}
