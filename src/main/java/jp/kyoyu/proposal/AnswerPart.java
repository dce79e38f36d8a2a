package jp.kyoyu.proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.Wording;

/**
 * The 処理・回答 part of a document ({@code answerFields} in the register) belongs to the receiving side: the
 * approver answers through the workflow ({@link ProposalManagement#recordAnswer}). The proposer can neither fill it
 * in nor change it — not on create, update or submit, not through the page nor the JSON API (issue #15: a contractor
 * could write 処理=確認した and 監督員の所見 himself). What the workflow recorded there stays when the proposer edits.
 */
final class AnswerPart {

	private AnswerPart() {
	}

	/**
	 * A problem for each answer field the proposer sent with a value other than the one stored (a form may send the
	 * stored value back unchanged), naming the field.
	 */
	static List<FieldProblem> problems(DocumentType type, FormSchema schema, Map<String, Object> given,
			Map<String, Object> stored) {
		List<FieldProblem> problems = new ArrayList<>();
		if (given == null) {
			return problems;
		}
		for (FormSchema.Field field : schema.fields()) {
			if (type.answerFields().contains(field.key()) && filled(given.get(field.key()))
					&& !Objects.equals(text(given.get(field.key())), text(stored.get(field.key())))) {
				problems.add(new FieldProblem(field.key(),
						Wording.of("proposal.answer.not-for-proposer", field.label())));
			}
		}
		return problems;
	}

	/** The data to save: what the proposer sent, with the answer part as stored (the proposer's copy ignored). */
	static Map<String, Object> keptFrom(DocumentType type, Map<String, Object> data, Map<String, Object> stored) {
		Map<String, Object> kept = new LinkedHashMap<>(data);
		for (String key : type.answerFields()) {
			kept.remove(key);
			if (filled(stored.get(key))) {
				kept.put(key, stored.get(key));
			}
		}
		return kept;
	}

	/** The form as the proposer edits it: the answer fields shown but disabled (form-js leaves them out on submit). */
	static String proposersForm(JsonNode form, List<String> answerFields, com.fasterxml.jackson.databind.ObjectMapper json) {
		JsonNode copy = form.deepCopy();
		disable(copy.path("components"), answerFields);
		try {
			return json.writeValueAsString(copy);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void disable(JsonNode components, List<String> answerFields) {
		for (JsonNode component : components) {
			if (component instanceof ObjectNode node && answerFields.contains(node.path("key").asText())) {
				node.put("disabled", true);
			}
			disable(component.path("components"), answerFields);
		}
	}

	private static boolean filled(Object value) {
		return value != null && !value.toString().isBlank();
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString().strip();
	}
}
