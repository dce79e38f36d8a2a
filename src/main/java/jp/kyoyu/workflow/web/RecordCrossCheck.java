package jp.kyoyu.workflow.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.proposal.ApprovalAction;
import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.workflow.ApprovalAudit;

/**
 * Puts Kyoyu's approval record and Camunda's history of the same approval side by side. The record knows what a
 * step meant (a send-back, an approve-ahead, a deputy's approval); Camunda only knows that a task was completed
 * and by whom. Each record entry is paired with the first not yet paired Camunda task of its kind; whatever stays
 * unpaired, or was completed by someone else than the record names, is shown as a mismatch rather than dropped:
 * the two records are kept independently, and an auditor must see where they disagree.
 */
@Component
class RecordCrossCheck {

	private final HistoryService history;

	private final ApprovalAudit audit;

	private final IdentityManagement identity;

	RecordCrossCheck(HistoryService history, ApprovalAudit audit, IdentityManagement identity) {
		this.history = history;
		this.audit = audit;
		this.identity = identity;
	}

	/** Whether {@link #stepsOf} reads the approval record for this instance (approvals with a proposal id). */
	static boolean checks(HistoricProcessInstance instance) {
		return ApprovalAudit.APPROVAL_PROCESS.equals(instance.getProcessDefinitionKey())
				&& proposalId(instance) != null;
	}

	/** The record's rows of this approval, each checked against Camunda, then what only Camunda knows. */
	List<AuditedStep> stepsOf(HistoricProcessInstance instance) {
		Long proposalId = proposalId(instance);
		List<HistoricProcessInstance> approvals = history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(ApprovalAudit.APPROVAL_PROCESS)
			.processInstanceBusinessKey(instance.getBusinessKey())
			.orderByProcessInstanceStartTime()
			.asc()
			.list();
		int submission = indexOf(approvals, instance);
		Date until = submission + 1 < approvals.size() ? approvals.get(submission + 1).getStartTime() : null;
		List<HistoricTaskInstance> tasks = tasksOf(instance, until);
		Map<String, String> completers = completers(tasks);
		Map<String, String> names = new HashMap<>();

		List<AuditedStep> rows = new ArrayList<>();
		List<HistoricTaskInstance> unpaired = new ArrayList<>(tasks);
		for (ApprovalStep step : submission(audit.recordOf(proposalId), submission)) {
			if (step.action() == ApprovalAction.SUBMIT) {
				// The submission is the process's start, not a task: checked against who started it.
				String starter = instance.getStartUserId();
				String mismatch = starter != null && !starter.equals(step.actorUserId())
						? Wording.of("processaudit.mismatch.starter", name(starter, names)) : null;
				rows.add(row(step, null, null, mismatch));
				continue;
			}
			HistoricTaskInstance task = unpaired.stream()
				.filter(t -> t.getEndTime() != null && ApprovalAudit.taskMatches(t.getTaskDefinitionKey(), step.action()))
				.findFirst()
				.orElse(null);
			if (task == null) {
				rows.add(row(step, null, null, Wording.of("processaudit.mismatch.notInEngine")));
				continue;
			}
			unpaired.remove(task);
			String completer = completers.get(task.getId());
			String mismatch = completer != null && !completer.equals(step.actorUserId())
					? Wording.of("processaudit.mismatch.actor", name(completer, names)) : null;
			rows.add(row(step, task, completer == null ? null : name(completer, names), mismatch));
		}
		for (HistoricTaskInstance task : unpaired) {
			rows.add(engineOnly(task, completers.get(task.getId()), names));
		}
		return rows;
	}

	/** The steps of any other process, as Camunda recorded them (who completed each, else its assignee). */
	List<AuditedStep> engineStepsOf(HistoricProcessInstance instance) {
		List<HistoricTaskInstance> tasks = sorted(history.createHistoricTaskInstanceQuery()
			.processInstanceId(instance.getId())
			.list());
		Map<String, String> completers = completers(tasks);
		Map<String, String> names = new HashMap<>();
		return tasks.stream().map(task -> {
			String actor = completers.getOrDefault(task.getId(), task.getAssignee());
			return new AuditedStep(null, task.getName(), false, actor, actor == null ? null : name(actor, names), null,
					null, instant(task.getEndTime()), null, task.getName(), task.getAssignee(),
					completers.get(task.getId()), null, task.getEndTime() == null);
		}).toList();
	}

	private AuditedStep row(ApprovalStep step, HistoricTaskInstance task, String completerName, String mismatch) {
		return new AuditedStep(step.action().name(), Wording.of("processaudit.action." + step.action().name()),
				step.onBehalfOfUserId() != null, step.actorUserId(), step.actorName(), step.onBehalfOfUserId(),
				step.onBehalfOfName(), step.at(), step.comment(), task == null ? null : task.getName(),
				task == null ? null : task.getAssignee(), completerName, mismatch, false);
	}

	private AuditedStep engineOnly(HistoricTaskInstance task, String completer, Map<String, String> names) {
		boolean open = task.getEndTime() == null;
		String actor = completer != null ? completer : task.getAssignee();
		return new AuditedStep(null, task.getName(), false, actor, actor == null ? null : name(actor, names), null,
				null, open ? instant(task.getStartTime()) : instant(task.getEndTime()), null, task.getName(),
				task.getAssignee(), completer == null ? null : name(completer, names),
				open ? null : Wording.of("processaudit.mismatch.notInRecord"), open);
	}

	/**
	 * The approval's own tasks and those of the post-reviews (後閲) it asked for: a post-review runs as a process of
	 * its own with the same business key, started while this approval ran and before the next submission did.
	 */
	private List<HistoricTaskInstance> tasksOf(HistoricProcessInstance instance, Date until) {
		List<HistoricTaskInstance> tasks = new ArrayList<>(history.createHistoricTaskInstanceQuery()
			.processInstanceId(instance.getId())
			.list());
		history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(ApprovalAudit.POST_REVIEW_PROCESS)
			.processInstanceBusinessKey(instance.getBusinessKey())
			.list()
			.stream()
			.filter(review -> !review.getStartTime().before(instance.getStartTime())
					&& (until == null || review.getStartTime().before(until)))
			.forEach(review -> tasks.addAll(
					history.createHistoricTaskInstanceQuery().processInstanceId(review.getId()).list()));
		return sorted(tasks);
	}

	/** Completed first, in the order they were completed; then the open ones. */
	private static List<HistoricTaskInstance> sorted(List<HistoricTaskInstance> tasks) {
		return tasks.stream()
			.sorted(Comparator.comparing(HistoricTaskInstance::getEndTime, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(HistoricTaskInstance::getStartTime))
			.toList();
	}

	/** Who completed each task, from Camunda's user operation log (the assignee may be someone else: 代理, 先行承認). */
	private Map<String, String> completers(List<HistoricTaskInstance> tasks) {
		Map<String, String> completers = new LinkedHashMap<>();
		tasks.stream().map(HistoricTaskInstance::getProcessInstanceId).distinct().forEach(processInstanceId ->
			history.createUserOperationLogQuery()
				.processInstanceId(processInstanceId)
				.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
				.list()
				.stream()
				.filter(entry -> entry.getTaskId() != null && entry.getUserId() != null)
				.forEach(entry -> completers.putIfAbsent(entry.getTaskId(), entry.getUserId())));
		return completers;
	}

	/** The entries of the {@code index}-th submission: a proposal submitted again starts a new approval. */
	private static List<ApprovalStep> submission(List<ApprovalStep> record, int index) {
		List<ApprovalStep> entries = new ArrayList<>();
		int submissions = -1;
		for (ApprovalStep step : record) {
			if (step.action() == ApprovalAction.SUBMIT) {
				submissions++;
			}
			if (submissions == index) {
				entries.add(step);
			}
		}
		return entries;
	}

	private static int indexOf(List<HistoricProcessInstance> approvals, HistoricProcessInstance instance) {
		for (int i = 0; i < approvals.size(); i++) {
			if (Objects.equals(approvals.get(i).getId(), instance.getId())) {
				return i;
			}
		}
		return 0;
	}

	private String name(String userId, Map<String, String> names) {
		return names.computeIfAbsent(userId, id -> identity.nameOf(id).map(name -> name + "（" + id + "）").orElse(id));
	}

	private static Long proposalId(HistoricProcessInstance instance) {
		try {
			return instance.getBusinessKey() == null ? null : Long.valueOf(instance.getBusinessKey());
		}
		catch (NumberFormatException notAProposal) {
			return null;
		}
	}

	private static java.time.Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}
}
