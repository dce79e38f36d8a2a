package jp.kyoyu.workflow.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.proposal.Importance;

/** How every export words a step, a date and the column titles, so CSV, Excel and PDF read alike. */
final class Wording {

	/** Times are shown as the users (all in Japan) lived them. */
	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

	static final List<String> STEP_COLUMNS = List.of("日時", "操作", "操作者", "操作者ID", "代理元ID", "コメント");

	static final List<String> LIST_COLUMNS = List.of("工事・業務", "件名", "書類の種類", "状態", "重要度", "回答希望日",
			"受付日", "回答予定日", "回答日");

	private Wording() {
	}

	/** 「監督 花子」, or for a deputy 「監督 花子（主任 太郎 の代理）」 (C4.21). */
	static String actor(ApprovalStep step) {
		String actor = nameOrId(step.actorName(), step.actorUserId());
		if (step.onBehalfOfUserId() == null && step.onBehalfOfName() == null) {
			return actor;
		}
		return actor + "（" + nameOrId(step.onBehalfOfName(), step.onBehalfOfUserId()) + " の代理）";
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
			return date == null ? text : Wording.date(date);
		}
	}

	/** The header lines of a single proposal's history, in the order they are printed. */
	static List<HeaderLine> headerLines(HistoryHeader header) {
		return List.of(new HeaderLine("工事・業務", text(header.projectName()), null),
				new HeaderLine("件名", text(header.title()), null),
				new HeaderLine("書類の種類", text(header.documentTypeName()), null),
				new HeaderLine("状態", header.statusShown(), null),
				new HeaderLine("重要度", importance(header.importance()), null),
				new HeaderLine("提出日", "", header.proposedOn()), new HeaderLine("受付日", "", header.receivedOn()),
				new HeaderLine("回答予定日", "", header.plannedAnswerOn()),
				new HeaderLine("回答日", "", header.answeredOn()));
	}

	private static String nameOrId(String name, String userId) {
		if (name != null && !name.isBlank()) {
			return name;
		}
		return userId == null ? "" : userId;
	}
}
