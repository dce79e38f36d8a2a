package jp.kyoyu.consultation;

import org.springframework.stereotype.Component;

/**
 * What the steps of a matter's process do, behind {@link ConsultationManagement}'s step methods: notices to the
 * other side and the start of the decision stage. The process decides when (a designer may reorder or drop
 * notices without Java); this class decides what.
 */
@Component
class ConsultationSteps {

	private final MatterRepository matters;

	private final CommentRepository comments;

	private final ConsultationNotices notices;

	private final DecisionStage decision;

	private final ConsultationAccess access;

	private final ConsultationWording wording;

	ConsultationSteps(MatterRepository matters, CommentRepository comments, ConsultationNotices notices,
			DecisionStage decision, ConsultationAccess access, ConsultationWording wording) {
		this.matters = matters;
		this.comments = comments;
		this.notices = notices;
		this.decision = decision;
		this.access = access;
		this.wording = wording;
	}

	void notifyRegistered(long matterId, String actor) {
		Matter matter = matter(matterId);
		notices.tell(matter, wording.recorded("consultation.event.registered"), actor, matter.body());
	}

	void notifyCommented(long matterId, long commentId, String actor) {
		Matter matter = matter(matterId);
		Comment comment = comments.findById(commentId).orElseThrow(access::notFound);
		notices.tell(matter, wording.recorded("consultation.event.commented"), actor, comment.body());
	}

	void notifyAgreed(long matterId, String actor) {
		Matter matter = matter(matterId);
		notices.tell(matter, wording.recorded("consultation.event.agreed"), actor,
				wording.recorded("consultation.notice.agreedText"));
	}

	long startDecision(long matterId, String type, String actor) {
		return decision.start(matter(matterId), type, actor);
	}

	private Matter matter(long matterId) {
		return matters.findById(matterId).orElseThrow(access::notFound);
	}
}
