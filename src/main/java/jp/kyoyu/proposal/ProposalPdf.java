package jp.kyoyu.proposal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import jp.kyoyu.proposal.FormSchema.Field;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.pdf.A4Pages;
import jp.kyoyu.shared.pdf.JapaneseFont;

/**
 * Prints a proposal as its paper form would read (C3.1): type name, project, each field's label and value in
 * form order, the answer part under its heading, then the parts in their order. IPAex Gothic is embedded as a
 * subset, so the text stays searchable and copyable.
 */
@Component
class ProposalPdf {

	byte[] render(ProposalView proposal, String projectName, FormSchema schema, List<String> partNames) {
		try {
			return JapaneseFont.print((document, japanese) -> print(document, japanese, proposal, projectName, schema,
					partNames));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] print(PDDocument document, PDType0Font japanese, ProposalView proposal, String projectName,
			FormSchema schema, List<String> partNames) throws IOException {
		try (A4Pages out = new A4Pages(document, japanese)) {
			out.write(proposal.typeName(), 16, 0);
			out.write(Wording.japanese("proposal.pdf.title", proposal.title()), 10.5f, 0);
			out.write(Wording.japanese("proposal.pdf.project", projectName), 10.5f, 0);
			out.write(Wording.japanese("proposal.pdf.status", statusLabel(proposal.status()), proposal.authorName()),
					10.5f, 0);
			if (proposal.interimAnswerDate() != null || proposal.answerDate() != null) {
				// C4.3: the answer dates the approvers set belong to the paper form's answer part
				out.write(Wording.japanese("proposal.pdf.answerDates", dateText(proposal.interimAnswerDate()),
						dateText(proposal.answerDate())), 10.5f, 0);
			}
			out.gap(8);
			String group = null;
			for (Field field : schema.fields()) {
				if (FormValidator.hidden(field, proposal.fields())) {
					continue;
				}
				if (field.group() != null && !field.group().equals(group)) {
					out.gap(8);
					out.write(field.group(), 12, 0);
				}
				group = field.group();
				field(out, field.label(), display(field, proposal.fields().get(field.key())));
			}
			if (!partNames.isEmpty()) {
				out.gap(8);
				out.write(Wording.japanese("proposal.pdf.parts"), 12, 0);
				for (int i = 0; i < partNames.size(); i++) {
					out.write((i + 1) + ". " + partNames.get(i), 10.5f, 0);
				}
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		document.save(bytes);
		return bytes.toByteArray();
	}

	static String display(Field field, Object value) {
		if (FormValidator.isEmpty(value)) {
			return field.type().equals("checkbox") && value != null ? Wording.japanese("proposal.pdf.no") : "";
		}
		if (value instanceof Boolean) {
			return Wording.japanese("proposal.pdf.yes");
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(v -> field.optionLabel(Objects.toString(v))).collect(Collectors.joining("、"));
		}
		if (value instanceof Map) {
			return value.toString();
		}
		return field.hasOptions() ? field.optionLabel(value.toString()) : value.toString();
	}

	private static String dateText(java.time.LocalDate date) {
		return date == null ? "－" : date.toString();
	}

	static String statusLabel(ProposalStatus status) {
		return Wording.japanese("proposal.status." + status.name());
	}

	/** A form field: its label as a small heading, the value indented below it. */
	private static void field(A4Pages out, String label, String value) throws IOException {
		out.write("■ " + label, 10.5f, 0);
		out.write(value.isEmpty() ? Wording.japanese("proposal.pdf.blank") : value, 10.5f, 16);
	}
}
