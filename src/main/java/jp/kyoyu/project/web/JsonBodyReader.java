package jp.kyoyu.project.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

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
		this.mapper = mapper;
	}

	<T> T read(JsonNode body, Class<T> type) {
		if (body == null || !body.isObject()) {
			throw new InvalidInputException(null, "リクエストの本文はJSONのオブジェクト（{ ... }）で送ってください。");
		}
		try {
			return mapper.treeToValue(body, type);
		}
		catch (JsonProcessingException e) {
			String field = fieldOf(e);
			throw new InvalidInputException(field, message(field, e));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(null, "リクエストの内容を読み取れませんでした。項目の値の形式を確認してください。");
		}
	}

	private static String fieldOf(JsonProcessingException e) {
		if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			return mapping.getPath().get(0).getFieldName();
		}
		return null;
	}

	private static String message(String field, JsonProcessingException e) {
		String label = field == null ? "項目" : "「" + field + "」（" + LABELS.getOrDefault(field, field) + "）";
		return label + "の値の形式が正しくありません。" + expected(e);
	}

	private static String expected(JsonProcessingException e) {
		Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
		if (target == null) {
			return "";
		}
		if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
			return "半角数字の整数で指定してください（例: 2026）。";
		}
		if (target == LocalDate.class) {
			return "日付を YYYY-MM-DD の形式で指定してください（例: 2026-04-01）。";
		}
		if (target == ProjectKind.class) {
			return "WORKS（工事）または SERVICE（業務）を指定してください。";
		}
		if (target == ProjectRole.class) {
			return "次のいずれかを指定してください: " + java.util.Arrays.stream(ProjectRole.values())
				.map(role -> role.name() + "（" + role.label() + "）")
				.collect(Collectors.joining("、")) + "。";
		}
		if (target == String.class) {
			return "文字列で指定してください。";
		}
		return "";
	}
}
