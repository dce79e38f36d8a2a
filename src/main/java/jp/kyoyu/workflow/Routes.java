package jp.kyoyu.workflow;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.stereotype.Component;

/** A route as stored (JSON in the submission row) and as the process sees it (two JSON-serialised lists). */
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

	/** {@code route}: user ids in order; JSON, since Java serialisation of variables is off in Camunda 7.24. */
	static ObjectValue users(List<RouteStep> route) {
		return list(route.stream().map(RouteStep::userId).toList());
	}

	/** {@code kinds}: APPROVER or VIEWER per step. */
	static ObjectValue kinds(List<RouteStep> route) {
		return list(route.stream().map(step -> step.role().name()).toList());
	}

	private static ObjectValue list(List<String> values) {
		return Variables.objectValue(new ArrayList<>(values))
			.serializationDataFormat(Variables.SerializationDataFormats.JSON)
			.create();
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
