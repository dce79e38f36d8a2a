package jp.kyoyu.workflow;

import static jp.kyoyu.workflow.ApprovalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * {@code ${routePosition}}, the start listener of the gateway 「次の手順は？」: where the route stands at {@code idx},
 * as the transient {@code routeEnded} (every step done) and {@code stepIsViewer} (step {@code idx} is a viewer's),
 * so the gateway's conditions are plain variables. Transient: the gateway reads them in the same call and the next
 * pass decides afresh, so nothing is stored.
 */
@Component("routePosition")
class RoutePosition implements ExecutionListener {

	static final String ROUTE_ENDED = "routeEnded";

	static final String STEP_IS_VIEWER = "stepIsViewer";

	@Override
	public void notify(DelegateExecution execution) {
		Object index = execution.getVariable(INDEX);
		boolean ended = Routes.ended(execution.getVariable(ROUTE), index);
		execution.setVariable(ROUTE_ENDED, Variables.booleanValue(ended, true));
		execution.setVariable(STEP_IS_VIEWER,
				Variables.booleanValue(!ended && Routes.viewerAt(execution.getVariable(KINDS), index), true));
	}
}
