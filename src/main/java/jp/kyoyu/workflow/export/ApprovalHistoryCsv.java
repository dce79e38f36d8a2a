package jp.kyoyu.workflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.shared.export.CsvWriter;

/**
 * A proposal's approval history as CSV (C4.18): first the proposal (label, value per line), an empty line,
 * then one line per step under a title line. Deputies read 「監督 花子（主任 太郎 の代理）」.
 */
@Component
public class ApprovalHistoryCsv {

	public static final String CONTENT_TYPE = CsvWriter.CONTENT_TYPE;

	public void write(HistoryHeader header, List<ApprovalStep> steps, OutputStream stream) throws IOException {
		CsvWriter csv = new CsvWriter(stream, CsvWriter.Quoting.WHERE_NEEDED);
		csv.row(List.of("承認履歴"));
		for (Wording.HeaderLine line : Wording.headerLines(header)) {
			csv.row(List.of(line.label(), line.shown()));
		}
		csv.row(List.of());
		csv.row(Wording.STEP_COLUMNS);
		for (ApprovalStep step : steps) {
			csv.row(List.of(Wording.dateTime(step.at()), Wording.action(step), Wording.actor(step),
					Wording.text(step.actorUserId()), Wording.text(step.onBehalfOfUserId()),
					Wording.text(step.comment())));
		}
		csv.flush();
	}
}
