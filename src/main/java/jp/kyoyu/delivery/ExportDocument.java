package jp.kyoyu.delivery;

import java.time.LocalDate;
import java.util.List;

/**
 * A registered document: its list data, its approval record (C5.8) and its files in their stored order.
 *
 * @param category 分類 (e.g. 協議, 提出); may be {@literal null}
 * @param status the status as Kyoyu shows it (e.g. 承認済); may be {@literal null}
 * @param photo the photo metadata of a photo document (PHOTO.XML), {@literal null} for other documents
 */
public record ExportDocument(long id, String title, String category, LocalDate date, String author, String status,
		List<ExportApproval> approvals, List<ExportFile> files, ExportPhoto photo) {

	public ExportDocument {
		approvals = List.copyOf(approvals);
		files = List.copyOf(files);
	}

	/** A document that is no photo. */
	public ExportDocument(long id, String title, String category, LocalDate date, String author, String status,
			List<ExportApproval> approvals, List<ExportFile> files) {
		this(id, title, category, date, author, status, approvals, files, null);
	}

	/** The date of the last approval step, if any (受理日付/完了日付 in the management files). */
	public LocalDate lastApprovalDate() {
		return approvals.isEmpty() ? null : approvals.get(approvals.size() - 1).date();
	}
}
