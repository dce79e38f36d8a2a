package jp.kyoyu.workflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import jp.kyoyu.proposal.ApprovalStep;

/**
 * A proposal's approval history as an Excel workbook (C4.18), one sheet 「承認履歴」: the proposal's data
 * (labels bold, dates as Excel dates), an empty row, then a bold title row frozen in place and one row per
 * step. A history has tens of steps, so the whole workbook is built in memory.
 */
@Component
public class ApprovalHistoryExcel {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public void write(HistoryHeader header, List<ApprovalStep> steps, OutputStream stream) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheets sheets = new Sheets(workbook);
			Sheet sheet = workbook.createSheet("承認履歴");
			int r = 0;
			for (Wording.HeaderLine line : Wording.headerLines(header)) {
				Row row = sheet.createRow(r++);
				sheets.boldText(row, 0, line.label());
				if (line.date() != null) {
					sheets.date(row, 1, line.date());
				}
				else {
					sheets.text(row, 1, line.text());
				}
			}
			r++;
			sheets.titles(sheet.createRow(r++), Wording.STEP_COLUMNS);
			sheet.createFreezePane(0, r);
			for (ApprovalStep step : steps) {
				Row row = sheet.createRow(r++);
				sheets.dateTime(row, 0, Wording.local(step.at()));
				sheets.text(row, 1, Wording.action(step));
				sheets.text(row, 2, Wording.actor(step));
				sheets.text(row, 3, step.actorUserId());
				sheets.text(row, 4, step.onBehalfOfUserId());
				sheets.wrappedText(row, 5, step.comment());
			}
			Sheets.widths(sheet, 18, 22, 34, 14, 14, 60);
			workbook.write(stream);
		}
		stream.flush();
	}
}
