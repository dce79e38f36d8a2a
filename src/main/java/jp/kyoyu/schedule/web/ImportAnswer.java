package jp.kyoyu.schedule.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.schedule.ImportLine;
import jp.kyoyu.schedule.ImportReport;
import jp.kyoyu.shared.FieldProblem;

/** What an iCalendar import answers, also when the file cannot be read (counts zero, reasons in errors). */
@Schema(description = "iCalendar 取り込みの結果（dryRun=true では行った場合の結果）。読めないファイルは件数 0 で errors に理由")
record ImportAnswer(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "追加した予定の数") int added,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "更新した予定の数") int updated,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "削除した予定の数") int removed,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "取り込まなかった予定の数") int skipped,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<FieldProblem> errors,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ファイルの予定ごとの扱い") List<ImportLine> lines) {

	static ImportAnswer of(ImportReport report) {
		return new ImportAnswer(report.added(), report.updated(), report.removed(), report.skipped(), report.errors(),
				report.lines());
	}

	static ImportAnswer refused(List<FieldProblem> errors) {
		return new ImportAnswer(0, 0, 0, 0, errors, List.of());
	}
}
