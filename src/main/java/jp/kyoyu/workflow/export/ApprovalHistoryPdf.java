package jp.kyoyu.workflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.pdf.A4Pages;
import jp.kyoyu.shared.pdf.JapaneseFont;

/**
 * A proposal's approval history as PDF (C4.18): the proposal's data, then each step (time, action, actor with
 * 「の代理」 for deputies, comment) separated by rules, in the embedded Japanese font ({@link JapaneseFont}), so the
 * text can be searched and copied, and prints the same everywhere.
 */
@Component
public class ApprovalHistoryPdf {

	public static final String CONTENT_TYPE = "application/pdf";

	public void write(HistoryHeader header, List<ApprovalStep> steps, OutputStream stream) throws IOException {
		JapaneseFont.print((document, japanese) -> {
			print(document, japanese, header, steps);
			document.save(stream);
			return null;
		});
		stream.flush();
	}

	private static void print(PDDocument document, PDType0Font japanese, HistoryHeader header,
			List<ApprovalStep> steps) throws IOException {
		try (A4Pages out = new A4Pages(document, japanese)) {
			out.write(Wording.japanese("workflow.export.history"), 16, 0);
			out.gap(4);
			for (ExportText.HeaderLine line : ExportText.headerLines(header)) {
				out.write(line.label() + "：" + line.shown(), 10.5f, 0);
			}
			out.gap(10);
			out.write(Wording.japanese("workflow.export.historyCount", steps.size()), 12, 0);
			out.rule();
			for (ApprovalStep step : steps) {
				out.write(ExportText.dateTime(step.at()) + "　" + ExportText.action(step) + "　" + ExportText.actor(step),
						10.5f, 0);
				if (step.comment() != null && !step.comment().isBlank()) {
					out.write(step.comment(), 10, 16);
				}
				out.rule();
			}
			if (steps.isEmpty()) {
				out.write(Wording.japanese("workflow.export.historyEmpty"), 10.5f, 0);
			}
		}
		document.getDocumentInformation()
			.setTitle(Wording.japanese("workflow.export.historyTitle", ExportText.text(header.title())));
	}
}
