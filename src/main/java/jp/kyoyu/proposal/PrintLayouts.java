package jp.kyoyu.proposal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

import jp.kyoyu.project.ProjectRole;
import jp.kyoyu.proposal.PrintLayout.AnswerLine;
import jp.kyoyu.proposal.PrintLayout.Area;
import jp.kyoyu.proposal.PrintLayout.Box;
import jp.kyoyu.proposal.PrintLayout.Kind;
import jp.kyoyu.proposal.PrintLayout.Title;

/**
 * The printed layout of every document type (issue #22), read once at start-up. A type's layout is
 * {@code forms/<form name>.layout.yaml} beside its form; a type without one (no official 様式 known) is printed
 * with {@code forms/generic-works.layout.yaml} or {@code generic-service.layout.yaml} by its project kind, so a
 * type added without a layout still prints. A layout that names a field or option the form does not have stops
 * the start, as a broken form does.
 */
@Component
class PrintLayouts {

	static final Set<String> VALUES = Set.of("title", "project", "status", "author", "typeName");

	private final Map<String, PrintLayout> byType = new HashMap<>();

	PrintLayouts(DocumentTypes types) {
		Map<String, PrintLayout> read = new HashMap<>();
		for (DocumentType type : types.all()) {
			String path = pathOf(type);
			PrintLayout layout = read.computeIfAbsent(path, PrintLayouts::parse);
			check(layout, types.schema(type.key()), type);
			byType.put(type.key(), layout);
		}
	}

	PrintLayout of(String typeKey) {
		PrintLayout layout = byType.get(typeKey);
		if (layout == null) {
			throw new IllegalArgumentException("No layout for " + typeKey);
		}
		return layout;
	}

	/** The type's own layout beside its form if there is one, else the generic one of its project kind. */
	static String pathOf(DocumentType type) {
		String own = "forms/" + type.formFile().replaceFirst("\\.form$", "") + ".layout.yaml";
		if (new ClassPathResource(own).exists()) {
			return own;
		}
		return "forms/generic-" + type.projectKind().name().toLowerCase(Locale.ROOT) + ".layout.yaml";
	}

	@SuppressWarnings("unchecked")
	static PrintLayout parse(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			Map<String, Object> root = new Yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			Map<String, Object> title = (Map<String, Object>) root.getOrDefault("title", Map.of());
			Title heading = new Title((String) title.get("text"), number(title.get("size"), 18),
					area(title.get("box"), path));
			List<Box> boxes = new ArrayList<>();
			for (Map<String, Object> raw : (List<Map<String, Object>>) root.get("boxes")) {
				boxes.add(box(raw, path));
			}
			return new PrintLayout(path, heading, List.copyOf(boxes));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + path, e);
		}
		catch (RuntimeException e) {
			throw new IllegalStateException(path + " is not a valid layout: " + e.getMessage(), e);
		}
	}

	@SuppressWarnings("unchecked")
	private static Box box(Map<String, Object> raw, String path) {
		Kind kind = Kind.valueOf(String.valueOf(raw.get("kind")).toUpperCase(Locale.ROOT));
		List<AnswerLine> lines = new ArrayList<>();
		for (Map<String, Object> line : (List<Map<String, Object>>) raw.getOrDefault("lines", List.of())) {
			lines.add(new AnswerLine(String.valueOf(line.get("side")), String.valueOf(line.get("label")),
					((List<Object>) line.getOrDefault("options", List.of())).stream().map(String::valueOf).toList()));
		}
		List<ProjectRole> columns = ((List<Object>) raw.getOrDefault("columns", List.of())).stream()
			.map(String::valueOf).map(ProjectRole::valueOf).toList();
		return new Box(kind, (String) raw.get("label"), area(raw.get("box"), path), (String) raw.get("field"),
				(String) raw.get("value"), (String) raw.get("text"), (String) raw.get("other"),
				(String) raw.get("count"), (String) raw.get("content"), (String) raw.get("date"), List.copyOf(lines),
				columns, number(raw.get("labelWidth"), 24), number(raw.get("size"), 10));
	}

	@SuppressWarnings("unchecked")
	private static Area area(Object raw, String path) {
		List<Object> numbers = (List<Object>) raw;
		if (numbers == null || numbers.size() != 4) {
			throw new IllegalStateException(path + ": every box needs box: [x, y, width, height] in mm");
		}
		return new Area(number(numbers.get(0), 0), number(numbers.get(1), 0), number(numbers.get(2), 0),
				number(numbers.get(3), 0));
	}

	private static float number(Object raw, float otherwise) {
		return raw instanceof Number n ? n.floatValue() : otherwise;
	}

	/** Every field, option and value a layout names must exist, or the start stops naming the file and the box. */
	static void check(PrintLayout layout, FormSchema schema, DocumentType type) {
		Map<String, FormSchema.Field> fields = new HashMap<>();
		schema.fields().forEach(field -> fields.putIfAbsent(field.key(), field));
		for (Box box : layout.boxes()) {
			String where = layout.source() + " (" + type.key() + "), box " + box.kind() + " " + box.label() + ": ";
			for (String key : new String[] { box.field(), box.other(), box.count(), box.content(), box.date() }) {
				if (key != null && !fields.containsKey(key)) {
					throw new IllegalStateException(where + "the form has no field " + key);
				}
			}
			if (box.value() != null && !VALUES.contains(box.value())) {
				throw new IllegalStateException(where + "value must be one of " + VALUES);
			}
			boolean needsField = box.kind() == Kind.DATE || box.kind() == Kind.CHOICE || box.kind() == Kind.ANSWER;
			if (needsField && box.field() == null || box.kind() == Kind.TEXT && box.field() == null && box.value() == null) {
				throw new IllegalStateException(where + "names no field");
			}
			if (box.kind() == Kind.CHOICE && !fields.get(box.field()).hasOptions()) {
				throw new IllegalStateException(where + box.field() + " has no options");
			}
			for (AnswerLine line : box.lines()) {
				Set<String> known = new java.util.HashSet<>();
				fields.get(box.field()).options().forEach(option -> known.add(option.value()));
				if (!known.containsAll(line.options())) {
					throw new IllegalStateException(where + "options " + line.options() + " not all in " + box.field());
				}
			}
			if (box.kind() == Kind.STAMPS && box.columns().isEmpty()) {
				throw new IllegalStateException(where + "a stamp box needs columns");
			}
		}
	}
}
