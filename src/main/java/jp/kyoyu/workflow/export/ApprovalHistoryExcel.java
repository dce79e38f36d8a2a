package jp.kyoyu.workflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Component;

import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.export.ExcelWriter;

/**
 * A proposal's approval history as an Excel workbook (C4.18), one sheet 「承認履歴」: the proposal's data
 * (labels bold, dates as Excel dates), an empty row, then a bold title row frozen in place and one row per
 * step. A history has tens of steps, so the whole workbook is built in memory.
 */
@Component
public class ApprovalHistoryExcel {

	public static final String CONTENT_TYPE = ExcelWriter.CONTENT_TYPE;

	public void write(HistoryHeader header, List<ApprovalStep> steps, OutputStream stream) throws IOException {
		try (ExcelWriter excel = ExcelWriter.inMemory()) {
			Sheet sheet = excel.sheet(Wording.japanese("workflow.export.history"));
			int r = 0;
			for (ExportText.HeaderLine line : ExportText.headerLines(header)) {
				Row row = sheet.createRow(r++);
				excel.boldText(row, 0, line.label());
				if (line.date() != null) {
					excel.date(row, 1, line.date());
				}
				else {
					excel.text(row, 1, line.text());
				}
			}
			r++;
			excel.titles(sheet.createRow(r++), ExportText.stepColumns());
			sheet.createFreezePane(0, r);
			for (ApprovalStep step : steps) {
				Row row = sheet.createRow(r++);
				excel.dateTime(row, 0, ExportText.local(step.at()));
				excel.text(row, 1, ExportText.action(step));
				excel.text(row, 2, ExportText.actor(step));
				excel.text(row, 3, step.actorUserId());
				excel.text(row, 4, step.onBehalfOfUserId());
				excel.wrappedText(row, 5, step.comment());
			}
			ExcelWriter.widths(sheet, 18, 22, 34, 14, 14, 60);
			excel.write(stream);
		}
	}
}
