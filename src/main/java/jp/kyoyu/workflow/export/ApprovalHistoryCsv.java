package jp.kyoyu.workflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.shared.Wording;
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
		csv.row(List.of(Wording.japanese("workflow.export.history")));
		for (ExportText.HeaderLine line : ExportText.headerLines(header)) {
			csv.row(List.of(line.label(), line.shown()));
		}
		csv.row(List.of());
		csv.row(ExportText.stepColumns());
		for (ApprovalStep step : steps) {
			csv.row(List.of(ExportText.dateTime(step.at()), ExportText.action(step), ExportText.actor(step),
					ExportText.text(step.actorUserId()), ExportText.text(step.onBehalfOfUserId()),
					ExportText.text(step.comment())));
		}
		csv.flush();
	}
}
