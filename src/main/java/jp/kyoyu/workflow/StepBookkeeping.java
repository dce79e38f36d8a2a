package jp.kyoyu.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.ProposalStatus;
import jp.kyoyu.proposal.ProposalView;
import jp.kyoyu.shared.InvalidInputException;

/** What a completed step changes: the record, the dates, the proposal's status, revisions and the mails. */
@Component
class StepBookkeeping {

	private final Ledger ledger;

	private final ProposalManagement proposals;

	private final RevisionRepository revisions;

	private final ApplicationEventPublisher events;

	private final ObjectMapper json;

	StepBookkeeping(Ledger ledger, ProposalManagement proposals, RevisionRepository revisions,
			ApplicationEventPublisher events, ObjectMapper json) {
		this.ledger = ledger;
		this.proposals = proposals;
		this.revisions = revisions;
		this.events = events;
		this.json = json;
	}

	void completed(long proposalId, TaskKind kind, TaskCompletion c, String actor, String holder,
			List<String> route, List<String> kinds, int index) {
		Submission s = ledger.lock(proposalId);
		String comment = c.comment();
		if (c.answer() != null) {
			comment = (comment == null ? "" : comment + "\n") + "【処理・回答】" + c.answer();
		}
		ApprovalAction action = c.action();
		int previous = Routes.previousApprover(kinds, index);
		if (action == ApprovalAction.RESUBMIT) {
			resubmitted(s, actor, c.comment());
		}
		ApprovalStep step = ledger.record(s, actor, holder, action, comment);
		switch (action) {
			case APPROVE -> {
				s.received(ledger.today(), c.plannedAnswerDate());
				if (c.answer() != null) {
					s.answered(c.answer(), ledger.today());
					proposals.recordAnswer(proposalId, c.answer(), ledger.today());
					ledger.notice(NoticeKind.ANSWERED, s, actor, step.onBehalfOfUserId(), c.answer(), null,
							List.of(s.proposerUserId()));
				}
			}
			case SEND_BACK_TO_PREVIOUS, SEND_BACK_TO_PROPOSER -> {
				if (action == ApprovalAction.SEND_BACK_TO_PREVIOUS && previous >= 0) {
					ledger.notice(NoticeKind.SENT_BACK, s, actor, step.onBehalfOfUserId(), c.comment(), null,
							List.of(route.get(previous)));
				}
				else {
					ProposalView proposal = proposals.describe(proposalId);
					s.snapshot(proposal.title(), write(proposal.fields()));
					s.moveTo(ProposalStatus.SENT_BACK, ledger.clock().instant());
					proposals.changeStatus(proposalId, ProposalStatus.SENT_BACK);
					ledger.notice(NoticeKind.SENT_BACK, s, actor, step.onBehalfOfUserId(), c.comment(), null,
							List.of(s.proposerUserId()));
				}
			}
			case POST_REVIEWED -> {
				s.postReview(false);
				events.publishEvent(new PostReviewCompleted(proposalId, s.projectId(), step));
			}
			default -> {
				// CONFIRM: the record is all
			}
		}
	}

	private void resubmitted(Submission s, String actor, String comment) {
		try {
			proposals.checkComplete(s.proposalId());
		}
		catch (InvalidInputException e) {
			throw new IncompleteProposalException(e.problems());
		}
		ProposalView now = proposals.describe(s.proposalId());
		Map<String, Object> before = read(s.fieldsSnapshot());
		List<String> changedKeys = new ArrayList<>();
		Map<String, Object> after = new LinkedHashMap<>(now.fields());
		after.forEach((key, value) -> {
			if (!Objects.equals(normal(value), normal(before.get(key)))) {
				changedKeys.add(key);
			}
		});
		before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(changedKeys::add);
		List<String> changes = new ArrayList<>();
		if (!Objects.equals(now.title(), s.titleSnapshot())) {
			changes.add("件名");
		}
		changes.addAll(proposals.labelsOf(now.type(), changedKeys));
		int number = revisions.of(s.proposalId()).size() + 1;
		revisions.save(new RevisionEntry(s.proposalId(), number, ledger.clock().instant(), actor, changes, comment));
		s.moveTo(ProposalStatus.IN_REVIEW, ledger.clock().instant());
		proposals.changeStatus(s.proposalId(), ProposalStatus.IN_REVIEW);
	}

	private static Object normal(Object value) {
		return value == null || "".equals(value) ? null : value.toString();
	}

	private String write(Map<String, Object> fields) {
		try {
			return json.writeValueAsString(fields);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private Map<String, Object> read(String fields) {
		if (fields == null) {
			return Map.of();
		}
		try {
			return json.readValue(fields, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (JsonProcessingException e) {
			return Map.of();
		}
	}
}
