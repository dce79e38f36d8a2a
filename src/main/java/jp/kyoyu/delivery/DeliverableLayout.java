package jp.kyoyu.delivery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kyoyu.delivery.DeliverableValues.PlacedDocument;
import jp.kyoyu.delivery.DeliverableValues.PlacedFile;
import jp.kyoyu.delivery.DeliveryProfile.FolderRule;
import jp.kyoyu.delivery.ExportProblem.Kind;
import jp.kyoyu.shared.Wording;

/**
 * Places the documents into the deliverable's folders and gives every file its upper-case 8.3 name, in Kyoyu's
 * order (document serials, then file order), so the same documents always give the same names. The original
 * name stays in the management file. Reports names that cannot be formed and names that collide.
 */
final class DeliverableLayout {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(doc|file|seq):(\\d+)}");

	private final DeliveryProfile profile;

	private final List<ExportProblem> problems;

	/** Upper-cased path on the medium → the Kyoyu file that took it. */
	private final Map<String, String> taken = new HashMap<>();

	DeliverableLayout(DeliveryProfile profile, List<ExportProblem> problems) {
		this.profile = profile;
		this.problems = problems;
	}

	/** What {@link #place} leaves out of the deliverable (the notes), without building anything else. */
	static List<ExportProblem> leftOut(DeliveryProfile profile, ExportTree tree) {
		List<ExportProblem> problems = new ArrayList<>();
		new DeliverableLayout(profile, problems).place(tree);
		return problems.stream().filter(problem -> problem.kind() == Kind.NOTE).toList();
	}

	/** The documents of each deliverable folder (profile order); folders without documents are absent. */
	Map<FolderRule, List<PlacedDocument>> place(ExportTree tree) {
		Map<FolderRule, List<ExportDocument>> documents = new LinkedHashMap<>();
		Map<ExportDocument, String> folderOf = new IdentityHashMap<>();
		profile.folders().forEach(rule -> documents.put(rule, new ArrayList<>()));
		for (ExportFolder top : tree.folders()) {
			FolderRule rule = ruleFor(top);
			new ExportTree(List.of(top)).eachDocument((path, document) -> {
				String kyoyuFolder = String.join("/", path);
			if (rule == null) {
				problems.add(new ExportProblem(Kind.NOTE, kyoyuFolder, Wording.japanese("delivery.check.unplaced", document.title())));
					return;
				}
				documents.get(rule).add(document);
				folderOf.put(document, kyoyuFolder);
			});
		}
		Map<FolderRule, List<PlacedDocument>> placed = new LinkedHashMap<>();
		documents.forEach((rule, list) -> {
			if (!list.isEmpty()) {
				placed.put(rule, name(rule, list, folderOf));
			}
		});
		return placed;
	}

	private List<PlacedDocument> name(FolderRule rule, List<ExportDocument> documents, Map<ExportDocument, String> folderOf) {
		List<PlacedDocument> placed = new ArrayList<>();
		int seq = 0;
		for (int d = 0; d < documents.size(); d++) {
			ExportDocument document = documents.get(d);
			String origin = folderOf.get(document);
			String directory = render(rule.originals(), d + 1, 0, 0);
			if (document.files().isEmpty()) {
				problems.add(new ExportProblem(Kind.MISSING_REQUIRED, origin, Wording.japanese("delivery.check.no-files",
						document.title())));
			}
			List<PlacedFile> files = new ArrayList<>();
			for (int f = 0; f < document.files().size(); f++) {
				ExportFile file = document.files().get(f);
				seq++;
				String name = fileName(rule, file, d + 1, f + 1, seq, origin);
				String path = rule.name() + "/" + (directory.isEmpty() ? "" : directory + "/") + name;
				String before = taken.putIfAbsent(path.toUpperCase(Locale.ROOT), origin + "/" + file.name());
				if (before != null) {
					problems.add(new ExportProblem(Kind.NAME_COLLISION, path, Wording.japanese("delivery.check.name-collision", path,
							before, origin + "/" + file.name())));
				}
				files.add(new PlacedFile(file, seq, name));
			}
			placed.add(new PlacedDocument(document, origin, d + 1, directory, files));
		}
		return placed;
	}

	private String fileName(FolderRule rule, ExportFile file, int doc, int fileNo, int seq, String origin) {
		String original = file.name();
		int dot = original.lastIndexOf('.');
		String extension = dot < 0 ? "" : original.substring(dot + 1).toUpperCase(Locale.ROOT);
		extension = profile.extensionAliases().getOrDefault(extension, extension);
		String upper = (dot < 0 ? original : original.substring(0, dot)).toUpperCase(Locale.ROOT);
		String base = rule.keepConformingNames() && upper.matches(profile.filePattern()) ? upper
				: render(rule.fileName(), doc, fileNo, seq);
		String where = origin + "/" + original;
		if (!extension.matches(profile.extensionPattern())) {
			problems.add(new ExportProblem(Kind.BAD_NAME, where, extension.isEmpty()
					? Wording.japanese("delivery.check.no-extension", original)
					: Wording.japanese("delivery.check.bad-extension", original, extension)));
		}
		else if (!rule.allowedExtensions().isEmpty() && !rule.allowedExtensions().contains(extension)) {
			problems.add(new ExportProblem(Kind.BAD_NAME, where, Wording.japanese("delivery.check.extension-not-allowed",
					rule.label(), rule.name(), String.join("・", rule.allowedExtensions()), original)));
		}
		if (!base.matches(profile.filePattern())) {
			problems.add(new ExportProblem(Kind.BAD_NAME, where, Wording.japanese("delivery.check.name-overflow", original, base)));
		}
		return extension.isEmpty() ? base : base + "." + extension;
	}

	static String render(String template, int doc, int file, int seq) {
		Matcher matcher = PLACEHOLDER.matcher(template == null ? "" : template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			int value = switch (matcher.group(1)) {
				case "doc" -> doc;
				case "file" -> file;
				default -> seq;
			};
			matcher.appendReplacement(out, String.format("%0" + matcher.group(2) + "d", value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** By the folder's template code (stable when renamed), else by its name. */
	private FolderRule ruleFor(ExportFolder top) {
		for (FolderRule rule : profile.folders()) {
			if (top.code() != null && rule.sources().contains(top.code()) || rule.sources().contains(top.name())) {
				return rule;
			}
		}
		return profile.folders().stream().filter(rule -> rule.name().equals(profile.unmapped())).findFirst().orElse(null);
	}
}
