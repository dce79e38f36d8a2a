package jp.kyoyu.workflow;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.springframework.stereotype.Component;

import jp.kyoyu.proposal.ProposalStatusConflictException;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/**
 * Runs an engine call as the acting user, so Camunda's history and user operation log name them. The portal has
 * already checked what the user may do, so the call runs with the engine's own authorization checks off: since
 * 7.24 even a member of the administrators' group costs one authorization query per check, and an approval step
 * made several. A lost race (the step is gone or was changed meanwhile) becomes a 409.
 */
@Component
class EngineCalls {

	/** The message key of a lost race, resolved where it is thrown. */
	static final String ALREADY_DONE = "workflow.step.alreadyDone";

	private final IdentityService identity;

	private final CommandExecutor commands;

	EngineCalls(IdentityService identity, ProcessEngineConfigurationImpl configuration) {
		this.identity = identity;
		this.commands = configuration.getCommandExecutorTxRequired();
	}

	<T> T as(String userId, Supplier<T> call) {
		Authentication previous = identity.getCurrentAuthentication();
		identity.setAuthentication(userId, List.of(Groups.CAMUNDA_ADMIN));
		try {
			// The service call inside joins this command's context, where the checks are off.
			return commands.execute(context -> context.runWithoutAuthorization(call::get));
		}
		catch (OptimisticLockingException | NullValueException | MismatchingMessageCorrelationException e) {
			throw new StepConflictException(Wording.of(ALREADY_DONE));
		}
		catch (ProcessEngineException e) {
			throw unwrap(e);
		}
		finally {
			if (previous == null) {
				identity.clearAuthentication();
			}
			else {
				identity.setAuthentication(previous);
			}
		}
	}

	/**
	 * The open task by id and the proposal it belongs to (its process instance's business key): two reads by
	 * primary key in a call of their own, where the task query API would build a large dynamic query; empty when
	 * there is no such open task.
	 */
	Optional<OpenTask> openTask(String taskId) {
		return Optional.ofNullable(commands.execute(context -> {
			TaskEntity task = context.getTaskManager().findTaskById(taskId);
			if (task == null || task.getProcessInstanceId() == null) {
				return null;
			}
			// Two reads, not one: a completion committing between them may have ended the whole process.
			ExecutionEntity process = task.getProcessInstance();
			if (process == null || process.getBusinessKey() == null) {
				return null;
			}
			return new OpenTask(task, Long.parseLong(process.getBusinessKey()));
		}));
	}

	record OpenTask(Task task, long proposalId) {
	}

	void run(String userId, Runnable call) {
		as(userId, () -> {
			call.run();
			return null;
		});
	}

	/** A rule broken in a listener reaches the caller as itself, not as an engine failure. */
	private static RuntimeException unwrap(ProcessEngineException e) {
		for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidInputException || cause instanceof IncompleteProposalException
					|| cause instanceof ForbiddenException || cause instanceof NotFoundException
					|| cause instanceof StepConflictException || cause instanceof ProposalStatusConflictException) {
				return (RuntimeException) cause;
			}
			if (cause instanceof OptimisticLockingException) {
				return new StepConflictException(Wording.of(ALREADY_DONE));
			}
		}
		return e;
	}
}
