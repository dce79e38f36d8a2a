package jp.kyoyu.schedule.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.schedule.ImportLine;
import jp.kyoyu.schedule.ImportReport;
import jp.kyoyu.shared.FieldProblem;

/** What an iCalendar import answers: the counts, the events it could not take (errors) and each event's fate. */
@Schema(description = "iCalendar 取り込みの結果（dryRun=true では行った場合の結果）。読めないファイルは 400（Problem）")
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
}
