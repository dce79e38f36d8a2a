package jp.kyoyu.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The 判断 choices Tasklist's form offers ({@code forms/approval-decision.form}, the radio's FEEL
 * {@code valuesExpression}), evaluated on given variables with Camunda's own FEEL engine. Tasklist evaluates the
 * same expression in the browser (form-js, feelin); the browser test checks that side for the first step.
 */
final class ApprovalDecisionChoices {

	private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

	private static final String EXPRESSION = valuesExpression();

	private ApprovalDecisionChoices() {
	}

	/** The values of the choices (APPROVE, SEND_BACK_TO_PROPOSER …) the form offers with these variables. */
	static List<String> offered(VariableMap variables) {
		List<?> choices = FEEL.evaluateSimpleExpression(EXPRESSION, variables.asVariableContext());
		return choices.stream().map(choice -> String.valueOf(((Map<?, ?>) choice).get("value"))).toList();
	}

	private static String valuesExpression() {
		try (InputStream form = ApprovalDecisionChoices.class.getResourceAsStream("/forms/approval-decision.form")) {
			for (JsonNode component : new ObjectMapper().readTree(form).path("components")) {
				if ("action".equals(component.path("key").asText())) {
					// form-js marks an expression with a leading '='; the engine takes the bare expression
					return component.path("valuesExpression").asText().substring(1);
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		throw new IllegalStateException("approval-decision.form has no 判断 (action) field");
	}
}
