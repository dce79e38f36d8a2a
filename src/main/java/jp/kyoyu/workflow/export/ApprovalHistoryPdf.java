package jp.kyoyu.workflow.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.pdf.A4Pages;
import jp.kyoyu.workflow.ApprovalStep;

/**
 * A proposal's approval history as PDF (C4.18): the proposal's data, then each step (time, action, actor with
 * 「の代理」 for deputies, comment) separated by rules. IPAex Gothic is embedded as a subset, so the text can be
 * searched and copied, and prints the same everywhere.
 */
@Component
public class ApprovalHistoryPdf {

	public static final String CONTENT_TYPE = "application/pdf";

	/** The font the proposal print embeds as well (IPA Font License, fonts/IPA_Font_License_Agreement_v1.0.txt). */
	static final String FONT = "fonts/ipaexg.ttf";

	private final byte[] font;

	public ApprovalHistoryPdf() {
		try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
			this.font = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The Japanese font " + FONT + " is missing", e);
		}
	}

	public void write(HistoryHeader header, List<ApprovalStep> steps, OutputStream stream) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDType0Font japanese = PDType0Font.load(document, new ByteArrayInputStream(font), true);
			try (A4Pages out = new A4Pages(document, japanese)) {
				out.write("承認履歴", 16, 0);
				out.gap(4);
				for (Wording.HeaderLine line : Wording.headerLines(header)) {
					out.write(line.label() + "：" + line.shown(), 10.5f, 0);
				}
				out.gap(10);
				out.write("履歴（" + steps.size() + "件）", 12, 0);
				out.rule();
				for (ApprovalStep step : steps) {
					out.write(Wording.dateTime(step.at()) + "　" + Wording.action(step) + "　" + Wording.actor(step),
							10.5f, 0);
					if (step.comment() != null && !step.comment().isBlank()) {
						out.write(step.comment(), 10, 16);
					}
					out.rule();
				}
				if (steps.isEmpty()) {
					out.write("（まだ履歴はありません）", 10.5f, 0);
				}
			}
			document.getDocumentInformation().setTitle("承認履歴 " + Wording.text(header.title()));
			document.save(stream);
		}
		stream.flush();
	}
}
