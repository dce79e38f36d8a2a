package jp.kyoyu.proposal.web;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

import jp.kyoyu.shared.InvalidInputException;

/** Reads a proposal body, answering wrong shapes with a 400 that says in Japanese what was expected. */
@Component
class ProposalBodyReader {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final ObjectMapper mapper;

	ProposalBodyReader(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	record Body(String type, String title, Map<String, Object> fields) {
	}

	Body read(JsonNode body, boolean typeRequired) {
		if (body == null || !body.isObject()) {
			throw new InvalidInputException(null, "リクエストの本文はJSONのオブジェクト（{ ... }）で送ってください。");
		}
		JsonNode type = body.get("type");
		if (typeRequired && (type == null || !type.isTextual() || type.asText().isBlank())) {
			throw new InvalidInputException("type", "「type」（書類の種類）を文字列で指定してください（例: \"worksMeetingRecord\"）。");
		}
		JsonNode title = body.get("title");
		if (title != null && !title.isNull() && !title.isTextual()) {
			throw new InvalidInputException("title", "「title」（件名）は文字列で指定してください。");
		}
		JsonNode fields = body.get("fields");
		if (fields != null && !fields.isNull() && !fields.isObject()) {
			throw new InvalidInputException("fields", "「fields」は項目のキーと値のオブジェクト（{ ... }）で指定してください。");
		}
		return new Body(type == null ? null : type.asText(), title == null || title.isNull() ? null : title.asText(),
				fields == null || fields.isNull() ? null : mapper.convertValue(fields, MAP));
	}
}
