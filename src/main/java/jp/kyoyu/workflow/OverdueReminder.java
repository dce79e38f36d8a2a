package jp.kyoyu.workflow;

import static jp.kyoyu.workflow.ApprovalProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import jp.kyoyu.proposal.NoticeKind;

/**
 * {@code Task_RemindOverdue} ({@code delegateExpression="${overdueReminder}"}), every morning
 * ({@code OverdueReminderProcess}): tells the holder and the deputies of every open step past its due date, one
 * notice per step.
 */
@Component("overdueReminder")
class OverdueReminder implements JavaDelegate {

	private final ApprovalRecord record;

	private final TaskService tasks;

	private final OpenTasks openTasks;

	OverdueReminder(ApprovalRecord record, TaskService tasks, OpenTasks openTasks) {
		this.record = record;
		this.tasks = tasks;
		this.openTasks = openTasks;
	}

	@Override
	public void execute(DelegateExecution execution) {
		remindOverdue();
	}

	void remindOverdue() {
		Date now = Date.from(record.clock().instant());
		List<Task> overdue = tasks.createTaskQuery().processDefinitionKeyIn(KEY, POST_REVIEW_KEY).dueBefore(now).list();
		if (overdue.isEmpty()) {
			return;
		}
		Map<String, Long> proposalOf = openTasks.proposalsOf(overdue);
		for (Task task : overdue) {
			Long proposalId = proposalOf.get(task.getProcessInstanceId());
			if (proposalId == null) {
				continue;
			}
			Set<String> recipients = StepHolders.of(task.getAssignee(), tasks.getIdentityLinksForTask(task.getId()));
			LocalDate due = task.getDueDate().toInstant().atZone(record.clock().getZone()).toLocalDate();
			record.lockFree(proposalId).ifPresent(s -> record.notice(NoticeKind.OVERDUE, s, null, null,
					null, due, new ArrayList<>(recipients)));
		}
	}
}
