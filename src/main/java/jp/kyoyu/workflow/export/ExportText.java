package jp.kyoyu.workflow.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.proposal.Importance;
import jp.kyoyu.shared.Wording;

/**
 * How every export words a step, a date and the column titles, so CSV, Excel and PDF read alike. The texts are
 * always Japanese ({@code workflow.export.*}): a file is handed over and kept, whoever downloaded it.
 */
final class ExportText {

	/** Times are shown as the users (all in Japan) lived them. */
	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

	private static final List<String> STEP_COLUMNS = List.of("at", "action", "actor", "actorId", "onBehalfOfId",
			"comment");

	private static final List<String> LIST_COLUMNS = List.of("project", "title", "type", "status", "importance",
			"requested", "received", "planned", "interim", "answered", "completed");

	private ExportText() {
	}

	static List<String> stepColumns() {
		return columns(STEP_COLUMNS);
	}

	static List<String> listColumns() {
		return columns(LIST_COLUMNS);
	}

	private static List<String> columns(List<String> keys) {
		return keys.stream().map(ExportText::column).toList();
	}

	private static String column(String key) {
		return Wording.japanese("workflow.export.col." + key);
	}

	/** 「監督 花子」, or for a deputy 「監督 花子（主任 太郎 の代理）」 (C4.21). */
	static String actor(ApprovalStep step) {
		String actor = nameOrId(step.actorName(), step.actorUserId());
		if (step.onBehalfOfUserId() == null && step.onBehalfOfName() == null) {
			return actor;
		}
		String original = nameOrId(step.onBehalfOfName(), step.onBehalfOfUserId());
		return actor + Wording.japanese("workflow.export.onBehalfOf", original);
	}

	static String action(ApprovalStep step) {
		return step.action() == null ? "" : step.action().label();
	}

	static String importance(Importance importance) {
		return importance == null ? "" : importance.label();
	}

	static LocalDateTime local(Instant at) {
		return at == null ? null : LocalDateTime.ofInstant(at, JAPAN);
	}

	static String dateTime(Instant at) {
		return at == null ? "" : DATE_TIME.format(local(at));
	}

	static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	static String text(String value) {
		return value == null ? "" : value;
	}

	/** One line above a history's steps; {@code date} is set for date lines, so Excel can store a real date. */
	record HeaderLine(String label, String text, LocalDate date) {

		String shown() {
			return date == null ? text : ExportText.date(date);
		}
	}

	/** The header lines of a single proposal's history, in the order they are printed. */
	static List<HeaderLine> headerLines(HistoryHeader header) {
		return List.of(new HeaderLine(column("project"), text(header.projectName()), null),
				new HeaderLine(column("title"), text(header.title()), null),
				new HeaderLine(column("type"), text(header.documentTypeName()), null),
				new HeaderLine(column("status"), header.statusShown(), null),
				new HeaderLine(column("importance"), importance(header.importance()), null),
				new HeaderLine(column("proposed"), "", header.proposedOn()),
				new HeaderLine(column("received"), "", header.receivedOn()),
				new HeaderLine(column("planned"), "", header.plannedAnswerOn()),
				new HeaderLine(column("answered"), "", header.answeredOn()),
				new HeaderLine(column("completed"), "", header.completedOn()));
	}

	private static String nameOrId(String name, String userId) {
		if (name != null && !name.isBlank()) {
			return name;
		}
		return userId == null ? "" : userId;
	}
}
