package jp.kyoyu.workflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.kyoyu.shared.export.CsvWriter;

/**
 * A list of proposals as CSV (C4.6, C4.18): a title line, then one line per proposal. Rows are written as the
 * iterable yields them, so a caller reading page by page never holds the whole list.
 */
@Component
public class ProposalListCsv {

	public void write(Iterable<ProposalRow> rows, OutputStream stream) throws IOException {
		CsvWriter csv = new CsvWriter(stream, CsvWriter.Quoting.WHERE_NEEDED);
		csv.row(ExportText.listColumns());
		for (ProposalRow row : rows) {
			csv.row(List.of(ExportText.text(row.projectName()), ExportText.text(row.title()),
					ExportText.text(row.documentTypeName()), ExportText.text(row.status()),
					ExportText.importance(row.importance()), ExportText.date(row.requestedAnswerOn()),
					ExportText.date(row.receivedOn()), ExportText.date(row.plannedAnswerOn()),
					ExportText.date(row.interimAnsweredOn()), ExportText.date(row.answeredOn()),
					ExportText.date(row.completedOn())));
		}
		csv.flush();
	}
}
