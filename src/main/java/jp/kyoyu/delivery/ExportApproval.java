package jp.kyoyu.delivery;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One line of a document's approval record (C5.8).
 *
 * @param step the approver's job title (役職, e.g. 主任監督員) as identity knows it, {@literal null} when unknown
 * @param name who acted
 * @param action what they did (承認, 差戻し, 事後確認 …)
 * @param at when, in Japan time: the inspection package shows the time too, since several steps often fall on
 *        one day and their order is what an inspector checks
 * @param proxyFor whom they acted for, {@literal null} unless by proxy
 * @param comment their comment, may be {@literal null}
 */
public record ExportApproval(String step, String name, String action, LocalDateTime at, String proxyFor,
		String comment) {

	/** The day of the step (the management files carry dates only). */
	public LocalDate date() {
		return at == null ? null : at.toLocalDate();
	}
}
