package jp.kyoyu.project.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectKind;
import jp.kyoyu.project.ProjectRole;
import jp.kyoyu.shared.InvalidInputException;

/**
 * Turns a JSON request body into a record, answering a wrong type with a 400 that names the field and the
 * expected form in Japanese (Spring's own message conversion only says "the JSON is wrong").
 */
@Component
class JsonBodyReader {

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("kind", "種別"),
			Map.entry("fiscalYear", "発注年度"), Map.entry("periodStart", "工期開始日・履行期間（着手）"),
			Map.entry("periodEnd", "工期終了日・履行期間（完了）"), Map.entry("role", "役割"),
			Map.entry("creatorRole", "あなたの役割"), Map.entry("userId", "ユーザーID"));

	private final ObjectMapper mapper;

	JsonBodyReader(ObjectMapper mapper) {
		// 2026.5 is not a year: Jackson would quietly cut it to 2026.
		this.mapper = mapper.copy().disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
	}

	<T extends Record> T read(JsonNode body, Class<T> type) {
		if (body == null || !body.isObject()) {
			throw new InvalidInputException(null, "リクエストの本文はJSONのオブジェクト（{ ... }）で送ってください。");
		}
		// A number would be read as days since 1970; only the written form of a date is meant.
		Arrays.stream(type.getRecordComponents())
			.filter(component -> component.getType() == LocalDate.class)
			.map(component -> component.getName())
			.filter(name -> body.hasNonNull(name) && !body.get(name).isTextual())
			.findFirst()
			.ifPresent(name -> {
				throw new InvalidInputException(name, message(name, LocalDate.class));
			});
		try {
			return mapper.treeToValue(body, type);
		}
		catch (JsonProcessingException e) {
			String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
					? mapping.getPath().get(0).getFieldName() : null;
			throw new InvalidInputException(field, message(field, typeOf(type, field).orElse(null)));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(null, "リクエストの内容を読み取れませんでした。各項目の値の形式を確認してください。");
		}
	}

	private static Optional<Class<?>> typeOf(Class<? extends Record> type, String field) {
		return Arrays.stream(type.getRecordComponents())
			.filter(component -> component.getName().equals(field))
			.findFirst()
			.map(component -> component.getType());
	}

	private static String message(String field, Class<?> expected) {
		if (field == null) {
			return "項目の値の形式が正しくありません。各項目の値の形式を確認してください。";
		}
		String label = LABELS.containsKey(field) ? "「" + field + "」（" + LABELS.get(field) + "）" : "「" + field + "」";
		return label + "の値の形式が正しくありません。" + expected(expected);
	}

	private static String expected(Class<?> target) {
		if (target == Integer.class || target == Long.class) {
			return "半角数字の整数で指定してください（例: 2026）。";
		}
		if (target == LocalDate.class) {
			return "日付を \"YYYY-MM-DD\" の形の文字列で指定してください（例: \"2026-04-01\"）。";
		}
		if (target == ProjectKind.class) {
			return "WORKS（工事）または SERVICE（業務）を指定してください。";
		}
		if (target == ProjectRole.class) {
			return "次のいずれかを指定してください: " + Arrays.stream(ProjectRole.values())
				.map(role -> role.name() + "（" + role.label() + "）")
				.collect(Collectors.joining("、")) + "。";
		}
		if (target == String.class) {
			return "文字列で指定してください。";
		}
		return "";
	}
}
