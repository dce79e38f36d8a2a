package jp.kyoyu.delivery.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import jp.kyoyu.delivery.ExportDestination;
import jp.kyoyu.delivery.ExportKind;
import jp.kyoyu.delivery.ExportRequest;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;

/**
 * Reads {@code {"kind","folderIds","destination","overrideReason"}} field by field, so a wrong value is
 * answered with a 400 naming the field in Japanese (never a 500, never "the JSON is wrong").
 */
final class ExportBody {

	private ExportBody() {
	}

	static ExportRequest read(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new InvalidInputException(null, "リクエストの本文はJSONのオブジェクト（{ ... }）で送ってください。");
		}
		List<FieldProblem> problems = new ArrayList<>();
		ExportKind kind = choice(body, "kind", ExportKind.class, "出力の種類（kind）", problems);
		if (kind == null && problems.isEmpty()) {
			problems.add(new FieldProblem("kind", "出力の種類（kind）を ZIP・DELIVERABLE・INSPECTION から選んでください。"));
		}
		ExportDestination destination = choice(body, "destination", ExportDestination.class, "出力先（destination）", problems);
		List<Long> folderIds = new ArrayList<>();
		JsonNode ids = body.get("folderIds");
		if (ids != null && !ids.isNull()) {
			if (!ids.isArray()) {
				problems.add(new FieldProblem("folderIds", "フォルダ（folderIds）はフォルダIDの配列で送ってください。全体なら [] です。"));
			}
			else {
				ids.forEach(id -> {
					if (id.canConvertToLong() && id.isIntegralNumber()) {
						folderIds.add(id.asLong());
					}
					else if (problems.stream().noneMatch(problem -> "folderIds".equals(problem.field()))) {
						problems.add(new FieldProblem("folderIds", "フォルダ（folderIds）には数値のフォルダIDだけを入れてください。"));
					}
				});
			}
		}
		JsonNode reason = body.get("overrideReason");
		if (reason != null && !reason.isNull() && !reason.isTextual()) {
			problems.add(new FieldProblem("overrideReason", "チェックを無視して出力する理由（overrideReason）は文字列で送ってください。"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ExportRequest(kind, folderIds, destination, reason == null || reason.isNull() ? null : reason.asText());
	}

	private static <E extends Enum<E>> E choice(JsonNode body, String field, Class<E> type, String label,
			List<FieldProblem> problems) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		for (E candidate : type.getEnumConstants()) {
			if (value.isTextual() && candidate.name().equals(value.asText())) {
				return candidate;
			}
		}
		problems.add(new FieldProblem(field, label + "は " + String.join("・",
				Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + " のどれかにしてください。"));
		return null;
	}
}
