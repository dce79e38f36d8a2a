package jp.kyoyu.workflow;

import java.util.List;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.web.EngineCallRefusal;

/**
 * A step refused inside the engine (the task listener) keeps its meaning when the call came through Camunda's REST
 * API (Tasklist, scripts): the same status and Japanese messages as the portal's API gives
 * ({@code WorkflowApiErrors}), instead of Camunda's 500 quoting the exception.
 */
final class StepRefusals {

	private StepRefusals() {
	}

	static void remember(RuntimeException e) {
		if (e instanceof InvalidInputException invalid) {
			EngineCallRefusal.remember(400, invalid.problems());
		}
		else if (e instanceof IncompleteProposalException incomplete) {
			EngineCallRefusal.remember(422, incomplete.problems());
		}
		else if (e instanceof ForbiddenException) {
			EngineCallRefusal.remember(403, whole(e));
		}
		else if (e instanceof NotFoundException) {
			EngineCallRefusal.remember(404, whole(e));
		}
		else if (e instanceof StepConflictException) {
			EngineCallRefusal.remember(409, whole(e));
		}
	}

	private static List<FieldProblem> whole(RuntimeException e) {
		return List.of(new FieldProblem(null, e.getMessage()));
	}
}
