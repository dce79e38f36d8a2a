package jp.kyoyu.workflow.export;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.export.ExcelWriter;

/**
 * A list of proposals as an Excel workbook (C4.6, C4.18): bold title row with an auto filter, frozen in place,
 * one row per proposal, dates as Excel dates. Streamed: only {@value #ROWS_IN_MEMORY} rows are held in memory,
 * so a list of every proposal of every project does not fill the heap.
 */
@Component
public class ProposalListExcel {

	public static final String CONTENT_TYPE = ExcelWriter.CONTENT_TYPE;

	static final int ROWS_IN_MEMORY = 200;

	public void write(Iterable<ProposalRow> rows, OutputStream stream) throws IOException {
		try (ExcelWriter excel = ExcelWriter.streaming(ROWS_IN_MEMORY)) {
			Sheet sheet = excel.sheet(Wording.japanese("workflow.export.list"));
			excel.titles(sheet.createRow(0), ExportText.listColumns());
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (ProposalRow proposal : rows) {
				Row row = sheet.createRow(r++);
				excel.text(row, 0, proposal.projectName());
				excel.text(row, 1, proposal.title());
				excel.text(row, 2, proposal.documentTypeName());
				excel.text(row, 3, proposal.status());
				excel.text(row, 4, ExportText.importance(proposal.importance()));
				excel.date(row, 5, proposal.requestedAnswerOn());
				excel.date(row, 6, proposal.receivedOn());
				excel.date(row, 7, proposal.plannedAnswerOn());
				excel.date(row, 8, proposal.interimAnsweredOn());
				excel.date(row, 9, proposal.answeredOn());
				excel.date(row, 10, proposal.completedOn());
			}
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, ExportText.listColumns().size() - 1));
			ExcelWriter.widths(sheet, 36, 40, 18, 10, 8, 12, 12, 12, 14, 14, 12);
			excel.write(stream);
		}
	}
}
