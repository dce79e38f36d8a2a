package jp.kyoyu.proposal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/** Form data to and from the JSON text kept in the proposal row. */
@Component
class FieldsJson {

	/** The column's size; far beyond any real form, it only stops abuse. */
	static final int MAX_CHARS = 200_000;

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	private final ObjectMapper mapper;

	FieldsJson(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	String write(Map<String, Object> fields) {
		try {
			String text = mapper.writeValueAsString(fields);
			if (text.length() > MAX_CHARS) {
				throw new InvalidInputException("fields", Wording.of("proposal.fields.too-much"));
			}
			return text;
		}
		catch (JsonProcessingException e) {
			throw new InvalidInputException("fields", Wording.of("proposal.fields.unreadable"));
		}
	}

	Map<String, Object> read(String text) {
		try {
			return mapper.readValue(text, MAP);
		}
		catch (JsonProcessingException e) {
			throw new InvalidInputException("fields", Wording.of("proposal.fields.unreadable.retry"));
		}
	}
}
