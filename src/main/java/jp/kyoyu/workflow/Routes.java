package jp.kyoyu.workflow;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * A route as stored (JSON in the submission row) and as the process sees it: two comma-separated string variables,
 * {@code route} (user ids) and {@code kinds} (APPROVER or VIEWER per step).
 */
@Component
class Routes {

	private static final TypeReference<List<RouteStep>> LIST = new TypeReference<>() {
	};

	private final ObjectMapper json;

	Routes(ObjectMapper json) {
		this.json = json;
	}

	String write(List<RouteStep> route) {
		try {
			return json.writeValueAsString(route);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	List<RouteStep> read(String routeJson) {
		try {
			return json.readValue(routeJson, LIST);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Unreadable route " + routeJson, e);
		}
	}

	/** Whether no approver follows the current step: that approver sets the final answer date (C4.3). */
	boolean atLastApprover(Submission s) {
		List<String> kinds = read(s.routeJson()).stream().map(step -> step.role().name()).toList();
		return nextApprover(kinds, s.currentIndex()) < 0;
	}

	/**
	 * {@code route}: the user ids in order, separated by commas (a user id has none). A plain string is read with the
	 * execution's other variables; a JSON list cost a byte-array query and a JSON parse per variable on every step.
	 */
	static String users(List<RouteStep> route) {
		return String.join(",", route.stream().map(RouteStep::userId).toList());
	}

	/** {@code kinds}: APPROVER or VIEWER per step, separated by commas. */
	static String kinds(List<RouteStep> route) {
		return String.join(",", route.stream().map(step -> step.role().name()).toList());
	}

	/**
	 * A route variable as a list: the comma-separated string, or the JSON list that approvals submitted before the
	 * string form still carry.
	 */
	@SuppressWarnings("unchecked")
	static List<String> list(Object variable) {
		if (variable instanceof List<?> list) {
			return (List<String>) list;
		}
		String text = variable == null ? "" : variable.toString();
		return text.isEmpty() ? List.of() : List.of(text.split(","));
	}

	/** Who holds step {@code idx} of a route variable. */
	static String holderAt(Object route, Object idx) {
		return list(route).get(((Number) idx).intValue());
	}

	/** Whether every step of the route before {@code idx} is done. */
	static boolean ended(Object route, Object idx) {
		return ((Number) idx).intValue() >= list(route).size();
	}

	/** Whether step {@code idx} of a kinds variable is a viewer's. */
	static boolean viewerAt(Object kinds, Object idx) {
		List<String> list = list(kinds);
		int index = ((Number) idx).intValue();
		return index < list.size() && RouteRole.VIEWER.name().equals(list.get(index));
	}

	/**
	 * Where a decision on step {@code idx} sends the proposal back: the route index of the approver before (viewers
	 * skipped) for {@code SEND_BACK_TO_PREVIOUS}, else -1 — the proposer for a send-back, nobody for any other action.
	 * The one place this is decided: the complete listener hands it to the model as {@code sendBackTo} (the gateway
	 * reads it) and to the bookkeeping (whom the mail goes to).
	 */
	static int sendBackTo(Object action, Object kinds, Object idx) {
		return "SEND_BACK_TO_PREVIOUS".equals(String.valueOf(action))
				? previousApprover(list(kinds), ((Number) idx).intValue()) : -1;
	}

	/** The approver before {@code index}, or -1 when there is none (then a send-back goes to the proposer). */
	static int previousApprover(List<String> kinds, int index) {
		for (int i = Math.min(index, kinds.size()) - 1; i >= 0; i--) {
			if (RouteRole.APPROVER.name().equals(kinds.get(i))) {
				return i;
			}
		}
		return -1;
	}

	/** The next approver after {@code index}, or -1. */
	static int nextApprover(List<String> kinds, int index) {
		for (int i = index + 1; i < kinds.size(); i++) {
			if (RouteRole.APPROVER.name().equals(kinds.get(i))) {
				return i;
			}
		}
		return -1;
	}
}
