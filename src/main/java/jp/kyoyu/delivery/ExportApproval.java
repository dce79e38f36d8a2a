package jp.kyoyu.delivery;

import java.time.LocalDate;

/**
 * One line of a document's approval record (C5.8).
 *
 * @param step the approver's position (e.g. 主任監督員)
 * @param name who acted
 * @param action what they did (承認, 差戻し, 事後確認 …)
 * @param proxyFor whom they acted for, {@literal null} unless by proxy
 * @param comment their comment, may be {@literal null}
 */
public record ExportApproval(String step, String name, String action, LocalDate date, String proxyFor,
		String comment) {
}
