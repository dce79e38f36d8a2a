package jp.kyoyu.workflow.export;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * A list of proposals as an Excel workbook (C4.6, C4.18): bold title row with an auto filter, frozen in place,
 * one row per proposal, dates as Excel dates. Streaming (SXSSF): only {@value #ROWS_IN_MEMORY} rows are held
 * in memory, the rest go to a temporary file that is deleted when the workbook is closed, so a list of every
 * proposal of every project does not fill the heap.
 */
@Component
public class ProposalListExcel {

	public static final String CONTENT_TYPE = ApprovalHistoryExcel.CONTENT_TYPE;

	static final int ROWS_IN_MEMORY = 200;

	public void write(Iterable<ProposalRow> rows, OutputStream stream) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
		workbook.setCompressTempFiles(true);
		try {
			Sheets sheets = new Sheets(workbook);
			Sheet sheet = workbook.createSheet("書類一覧");
			sheets.titles(sheet.createRow(0), Wording.LIST_COLUMNS);
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (ProposalRow proposal : rows) {
				Row row = sheet.createRow(r++);
				sheets.text(row, 0, proposal.projectName());
				sheets.text(row, 1, proposal.title());
				sheets.text(row, 2, proposal.documentTypeName());
				sheets.text(row, 3, proposal.status());
				sheets.text(row, 4, Wording.importance(proposal.importance()));
				sheets.date(row, 5, proposal.requestedAnswerOn());
				sheets.date(row, 6, proposal.receivedOn());
				sheets.date(row, 7, proposal.plannedAnswerOn());
				sheets.date(row, 8, proposal.answeredOn());
			}
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, Wording.LIST_COLUMNS.size() - 1));
			Sheets.widths(sheet, 36, 40, 18, 10, 8, 12, 12, 12, 12);
			workbook.write(stream);
		}
		finally {
			// close() only closes the temporary files; dispose() deletes them.
			workbook.dispose();
			workbook.close();
		}
		stream.flush();
	}
}
