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
		csv.row(Wording.LIST_COLUMNS);
		for (ProposalRow row : rows) {
			csv.row(List.of(Wording.text(row.projectName()), Wording.text(row.title()),
					Wording.text(row.documentTypeName()), Wording.text(row.status()),
					Wording.importance(row.importance()), Wording.date(row.requestedAnswerOn()),
					Wording.date(row.receivedOn()), Wording.date(row.plannedAnswerOn()),
					Wording.date(row.answeredOn())));
		}
		csv.flush();
	}
}
