package jp.kyoyu.proposal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectRole;
import jp.kyoyu.proposal.FormSchema.Field;
import jp.kyoyu.proposal.PrintLayout.AnswerLine;
import jp.kyoyu.proposal.PrintLayout.Area;
import jp.kyoyu.proposal.PrintLayout.Box;
import jp.kyoyu.shared.DateStyle;
import jp.kyoyu.shared.DateStyles;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.pdf.A4Pages;
import jp.kyoyu.shared.pdf.JapaneseFont;

/**
 * Prints a proposal in its form's layout (C3.1, issue #22): the boxes of {@link PrintLayout} on one A4 page, the
 * stamp columns filled from the approval record ({@link StampColumns}), and whatever did not fit its box on
 * continuation pages after it. IPAex Gothic is embedded as a subset, so the text stays searchable and copyable.
 */
@Component
class ProposalPdf {

	private final PrintLayouts layouts;

	private final StampColumns stamps;

	private final ObjectProvider<ReviewProgress> progress;

	private final DateStyles dateStyles;

	ProposalPdf(PrintLayouts layouts, StampColumns stamps, ObjectProvider<ReviewProgress> progress,
			DateStyles dateStyles) {
		this.layouts = layouts;
		this.stamps = stamps;
		this.progress = progress;
		this.dateStyles = dateStyles;
	}

	byte[] render(ProposalView proposal, String projectName, FormSchema schema, List<String> partNames) {
		List<ApprovalStep> record = proposal.status() == ProposalStatus.DRAFT ? List.of()
				: progress.stream().findFirst().map(p -> p.record(proposal.id())).orElse(List.of());
		Map<ProjectRole, Stamp> columns = stamps.of(proposal.projectId(), record);
		// The dates in the style of the user who prints (issue #22): the same document printed by another user may
		// show theirs. Asked once per print, not per date.
		DateStyle style = dateStyles.current();
		try {
			return JapaneseFont.print((document, japanese) -> new Printing(document, japanese, proposal, projectName,
					schema, partNames, columns, style).print(layouts.of(proposal.type())));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One print: the document being written and what it prints. */
	private static final class Printing {

		private final PDDocument document;

		private final PDType0Font font;

		private final ProposalView proposal;

		private final String projectName;

		private final Map<String, Field> fields = new LinkedHashMap<>();

		private final FormSchema schema;

		private final List<String> partNames;

		private final Map<ProjectRole, Stamp> stamps;

		private final DateStyle style;

		/** What did not fit its box: a heading and its lines, printed after the form page. */
		private final Map<String, List<String>> continued = new LinkedHashMap<>();

		Printing(PDDocument document, PDType0Font font, ProposalView proposal, String projectName, FormSchema schema,
				List<String> partNames, Map<ProjectRole, Stamp> stamps, DateStyle style) {
			this.document = document;
			this.font = font;
			this.proposal = proposal;
			this.projectName = projectName;
			this.schema = schema;
			this.partNames = partNames;
			this.stamps = stamps;
			this.style = style;
			schema.fields().forEach(field -> fields.putIfAbsent(field.key(), field));
		}

		byte[] print(PrintLayout layout) throws IOException {
			try (FormSheet sheet = new FormSheet(document, font)) {
				PrintLayout.Title title = layout.title();
				sheet.centred(title.area(), title.text() != null ? title.text() : proposal.typeName(), title.size());
				for (Box box : layout.boxes()) {
					draw(sheet, box);
				}
			}
			if (!continued.isEmpty()) {
				try (A4Pages out = new A4Pages(document, font)) {
					for (Map.Entry<String, List<String>> part : continued.entrySet()) {
						out.write(part.getKey(), 12, 0);
						for (String line : part.getValue()) {
							out.write(line, 10.5f, 0);
						}
						out.gap(8);
					}
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}

		private void draw(FormSheet sheet, Box box) throws IOException {
			switch (box.kind()) {
				case TEXT -> boxed(sheet, box, List.of(valueOf(box)));
				case DATE -> boxed(sheet, box, List.of(shownDate(raw(box.field()), style)));
				case CHOICE -> choice(sheet, box);
				case ATTACHMENTS -> boxed(sheet, box, attachments(box));
				case ANSWER -> answer(sheet, box);
				case STAMPS -> stamps(sheet, box);
				case FIELDS -> flow(sheet, box);
				case NOTE -> sheet.text(box.area().x(), box.area().y() + box.area().height() * 0.75f,
						box.text() != null ? box.text() : valueOf(box), box.size());
			}
		}

		/** A framed box with its label cell and the text; what does not fit goes to a continuation page. */
		private void boxed(FormSheet sheet, Box box, List<String> text) throws IOException {
			Area area = box.area();
			sheet.frame(area);
			float label = box.label() == null ? 0 : box.labelWidth();
			sheet.labelCell(area, label, box.label());
			List<String> rest = sheet.write(inner(area, label), text, box.size());
			if (!rest.isEmpty()) {
				continued.computeIfAbsent(Wording.japanese("proposal.pdf.continued", box.label()), k -> new ArrayList<>())
					.addAll(rest);
			}
		}

		/**
		 * Every option of the field, the chosen ■ and the others □, wrapped within the box; a checklist (several
		 * chosen, e.g. the papers of a 施工体制台帳 submission) ticks each of its values.
		 */
		private void choice(FormSheet sheet, Box box) throws IOException {
			Area area = box.area();
			sheet.frame(area);
			sheet.labelCell(area, box.labelWidth(), box.label());
			Field field = fields.get(box.field());
			Object value = proposal.fields().get(box.field());
			List<String> chosen = value instanceof Collection<?> values
					? values.stream().map(v -> Objects.toString(v, "")).toList() : List.of(Objects.toString(value, ""));
			List<String> options = new ArrayList<>();
			for (FormSchema.Option option : field.options()) {
				boolean ticked = chosen.contains(option.value());
				String other = ticked && box.other() != null ? raw(box.other()) : "";
				options.add(mark(ticked) + option.label() + (other.isEmpty() ? "" : "（" + other + "）"));
			}
			optionRows(sheet, inner(area, box.labelWidth()), options, box.size());
		}

		private void optionRows(FormSheet sheet, Area area, List<String> options, float size) throws IOException {
			float lineHeight = size * FormSheet.LEADING * 25.4f / 72f;
			int rows = 1;
			float x = 0;
			float gap = 4;
			for (String option : options) {
				float width = sheet.widthMm(option, size);
				if (x > 0 && x + width > area.width() - 4) {
					rows++;
					x = 0;
				}
				x += width + gap;
			}
			float top = area.y() + (area.height() - rows * lineHeight) / 2;
			x = 0;
			int row = 0;
			for (String option : options) {
				float width = sheet.widthMm(option, size);
				if (x > 0 && x + width > area.width() - 4) {
					row++;
					x = 0;
				}
				sheet.text(area.x() + 2 + x, top + lineHeight * (row + 0.75f), option, size);
				x += width + gap;
			}
		}

		private List<String> attachments(Box box) {
			List<String> lines = new ArrayList<>();
			for (int i = 0; i < partNames.size(); i++) {
				lines.add((i + 1) + ". " + partNames.get(i));
			}
			if (lines.isEmpty()) {
				lines.add(Wording.japanese("proposal.pdf.noParts"));
			}
			String count = box.count() == null ? "" : raw(box.count());
			if (!count.isEmpty()) {
				lines.add(Wording.japanese("proposal.pdf.sheets", count));
			}
			return lines;
		}

		/**
		 * 処理・回答: one line per side, 「上記について ■承諾 □協議 … します。」; the answer is ticked on the line of the
		 * side that did not raise the document, with its date, and its text below the lines.
		 */
		private void answer(FormSheet sheet, Box box) throws IOException {
			Area area = box.area();
			sheet.frame(area);
			sheet.labelCell(area, box.labelWidth(), box.label());
			Area inner = inner(area, box.labelWidth());
			String proposer = Objects.toString(proposal.fields().get("proposerSide"), proposal.authorSide().name());
			String chosen = raw(box.field());
			float lineHeight = 9;
			float sideWidth = 14;
			float y = inner.y();
			for (AnswerLine line : box.lines()) {
				boolean answering = !line.side().equals(proposer);
				Area row = new Area(inner.x(), y, inner.width(), lineHeight);
				sheet.hline(row, y + lineHeight);
				sheet.vline(inner.x() + sideWidth, y, y + lineHeight);
				sheet.centred(new Area(inner.x(), y, sideWidth, lineHeight), line.label(), 9.5f);
				List<String> options = new ArrayList<>();
				options.add(Wording.japanese("proposal.pdf.answer.about"));
				for (String value : line.options()) {
					options.add(mark(answering && value.equals(chosen)) + fields.get(box.field()).optionLabel(value));
				}
				options.add(Wording.japanese("proposal.pdf.answer.do"));
				String date = answering && box.date() != null ? shownDate(raw(box.date()), style) : "";
				float dateWidth = 34;
				optionRows(sheet, new Area(inner.x() + sideWidth, y, inner.width() - sideWidth - dateWidth, lineHeight),
						options, box.size() - 0.5f);
				sheet.text(inner.x() + inner.width() - dateWidth, y + lineHeight * 0.65f,
						date.isEmpty() ? Wording.japanese("proposal.pdf.answer.noDate") : date, box.size() - 0.5f);
				y += lineHeight;
			}
			List<String> text = new ArrayList<>();
			String content = box.content() == null ? "" : raw(box.content());
			if (!content.isEmpty()) {
				text.add(content);
			}
			if (proposal.interimAnswerDate() != null || proposal.answerDate() != null) {
				// C4.3: the answer dates the approvers set belong to the paper form's answer part
				text.add(Wording.japanese("proposal.pdf.answerDates", dateOrDash(proposal.interimAnswerDate(), style),
						dateOrDash(proposal.answerDate(), style)));
			}
			List<String> rest = sheet.write(new Area(inner.x(), y, inner.width(), inner.y() + inner.height() - y), text,
					box.size());
			if (!rest.isEmpty()) {
				continued.computeIfAbsent(Wording.japanese("proposal.pdf.continued", box.label()), k -> new ArrayList<>())
					.addAll(rest);
			}
		}

		/**
		 * The stamp columns: the role on top, the seal image in the middle with 代理 or 後閲 in its corner, the name and
		 * the date (in the printing user's style) below. An empty column stays empty, as on paper.
		 */
		private void stamps(FormSheet sheet, Box box) throws IOException {
			Area area = box.area();
			sheet.frame(area);
			float side = box.label() == null ? 0 : 7;
			sheet.labelCell(area, side, box.label());
			float width = (area.width() - side) / box.columns().size();
			float header = 6;
			float footer = 10;
			sheet.hline(area, area.y() + header);
			sheet.hline(new Area(area.x() + side, 0, area.width() - side, 0), area.y() + area.height() - footer);
			for (int i = 0; i < box.columns().size(); i++) {
				ProjectRole role = box.columns().get(i);
				float x = area.x() + side + width * i;
				if (i > 0) {
					sheet.vline(x, area.y(), area.y() + area.height());
				}
				sheet.centred(new Area(x, area.y(), width, header), role.label(), 8);
				Stamp stamp = stamps.get(role);
				if (stamp == null) {
					continue;
				}
				float sealTop = area.y() + header + 1;
				float sealHeight = area.height() - header - footer - 2;
				sheet.image(stamp.sealPng(), new Area(x + 1, sealTop, width - 2, sealHeight));
				if (stamp.byDeputy()) {
					sheet.text(x + 1, sealTop + 3, Wording.japanese("proposal.pdf.stamp.deputy"), 7);
				}
				if (stamp.postReview()) {
					sheet.text(x + 1, sealTop + (stamp.byDeputy() ? 6 : 3), Wording.japanese("proposal.pdf.stamp.postReview"), 7);
				}
				float bottom = area.y() + area.height();
				sheet.centred(new Area(x, bottom - footer, width, footer / 2), stamp.name(), 7.5f);
				sheet.centred(new Area(x, bottom - footer / 2, width, footer / 2), style.date(stamp.date()), 7);
			}
		}

		/** Every shown field in form order, the answer part under its group's heading, then the parts. */
		private void flow(FormSheet sheet, Box box) throws IOException {
			List<String> lines = new ArrayList<>();
			String group = null;
			for (Field field : schema.fields()) {
				if (FormValidator.hidden(field, proposal.fields())) {
					continue;
				}
				if (field.group() != null && !field.group().equals(group)) {
					lines.add("");
					lines.add("【" + field.group() + "】");
				}
				group = field.group();
				Object raw = proposal.fields().get(field.key());
				String value = field.type().equals("datetime") && raw != null ? shownDate(raw.toString(), style)
						: display(field, raw);
				lines.add("■ " + field.label());
				lines.add("　" + (value.isEmpty() ? Wording.japanese("proposal.pdf.blank") : value.replace("\n", "\n　")));
			}
			if (proposal.interimAnswerDate() != null || proposal.answerDate() != null) {
				lines.add(Wording.japanese("proposal.pdf.answerDates", dateOrDash(proposal.interimAnswerDate(), style),
						dateOrDash(proposal.answerDate(), style)));
			}
			if (!partNames.isEmpty()) {
				lines.add("");
				lines.add(Wording.japanese("proposal.pdf.parts"));
				for (int i = 0; i < partNames.size(); i++) {
					lines.add((i + 1) + ". " + partNames.get(i));
				}
			}
			sheet.frame(box.area());
			List<String> rest = sheet.write(box.area(), lines, box.size());
			if (!rest.isEmpty()) {
				continued.put(Wording.japanese("proposal.pdf.continued", proposal.typeName()), rest);
			}
		}

		private String valueOf(Box box) {
			if (box.value() == null) {
				Field field = fields.get(box.field());
				return display(field, proposal.fields().get(box.field()));
			}
			return switch (box.value()) {
				case "title" -> proposal.title();
				case "project" -> projectName;
				case "author" -> Objects.toString(proposal.authorName(), "");
				case "typeName" -> proposal.typeName();
				default -> Wording.japanese("proposal.pdf.status", statusLabel(proposal.status()), proposal.authorName());
			};
		}

		private String raw(String key) {
			Object value = proposal.fields().get(key);
			return value == null ? "" : display(fields.get(key), value);
		}

		private static Area inner(Area area, float label) {
			return new Area(area.x() + label, area.y(), area.width() - label, area.height());
		}
	}

	private static String mark(boolean chosen) {
		return chosen ? "■" : "□";
	}

	/** An ISO date from the form's fields as the user reads dates (2026/12/07, 令和8年12月7日); anything else as it is. */
	static String shownDate(String iso, DateStyle style) {
		if (iso == null || iso.isEmpty()) {
			return "";
		}
		try {
			return style.date(LocalDate.parse(iso));
		}
		catch (java.time.DateTimeException e) {
			return iso;
		}
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

	private static String dateOrDash(LocalDate date, DateStyle style) {
		return date == null ? "－" : style.date(date);
	}

	static String statusLabel(ProposalStatus status) {
		return Wording.japanese("proposal.status." + status.name());
	}
}
