package jp.kyoyu.delivery;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

import jp.kyoyu.project.ProjectDetails;
import jp.kyoyu.project.ProjectLines;
import jp.kyoyu.shared.Wording;

/**
 * Resolves the {@code value} expressions of a profile and says, in Japanese, where a user fixes a value:
 * the project's basic info, a document, a file name, or (for constants) the profile itself.
 */
final class DeliverableValues {

	/** A document placed in a deliverable folder: its serial, its files' directory, and its Kyoyu folder. */
	record PlacedDocument(ExportDocument document, String kyoyuFolder, int serial, String directory,
			java.util.List<PlacedFile> files) {
	}

	/** A file with its 8.3 name and its running number in the deliverable folder. */
	record PlacedFile(ExportFile file, int serial, String name) {
	}

	/** The document values a profile may name ({@code doc:<key>}), labelled by delivery.document.<key>. */
	private static final Set<String> LABELLED_DOCUMENT_VALUES = Set.of("title", "category", "date", "approved-date",
			"author");

	private final DeliveryProfile profile;

	private final ProjectDetails project;

	private final int mediaNumber;

	private final int mediaTotal;

	DeliverableValues(DeliveryProfile profile, ProjectDetails project) {
		this(profile, project, 1, 1);
	}

	/** For volume {@code mediaNumber} of {@code mediaTotal} (メディア番号 / メディア総枚数). */
	DeliverableValues(DeliveryProfile profile, ProjectDetails project, int mediaNumber, int mediaTotal) {
		this.profile = profile;
		this.project = project;
		this.mediaNumber = mediaNumber;
		this.mediaTotal = mediaTotal;
	}

	String resolve(String expression, PlacedDocument doc, PlacedFile file) {
		String kind = expression.substring(0, expression.indexOf(':'));
		String key = expression.substring(expression.indexOf(':') + 1);
		return switch (kind) {
			case "const" -> key;
			case "profile" -> profile.standard();
			case "media" -> String.valueOf(key.equals("total") ? mediaTotal : mediaNumber);
			case "project" -> text(projectValue(key));
			case "doc" -> switch (key) {
				case "serial" -> String.valueOf(doc.serial());
				case "title" -> doc.document().title();
				case "category" -> doc.document().category();
				case "date" -> text(doc.document().date());
				case "approved-date" -> text(doc.document().lastApprovalDate());
				case "author" -> doc.document().author();
				case "kyoyu-folder" -> doc.kyoyuFolder();
				case "directory" -> doc.directory();
				default -> throw new IllegalArgumentException(expression);
			};
			case "photo" -> photoValue(key, doc.document());
			case "file" -> switch (key) {
				case "name" -> file.name();
				case "original" -> file.file().name();
				case "serial" -> String.valueOf(file.serial());
				default -> throw new IllegalArgumentException(expression);
			};
			default -> throw new IllegalArgumentException(expression);
		};
	}

	/** A basic-info list item (工種-工法型式, 水系-路線), one entry per line; none when it is empty. */
	java.util.List<String> projectLines(String field) {
		Object value = projectValue(field);
		return ProjectLines.lines(value == null ? null : value.toString());
	}

	/**
	 * A part of the current line of a basic-info list: {@code line:text} the whole line, {@code line:1} /
	 * {@code line:2} the two parts of a pair (工種／工法型式).
	 */
	static String linePart(String expression, String line) {
		if (line == null) {
			throw new IllegalArgumentException(expression + " outside an each: project:<item> element");
		}
		return switch (expression) {
			case "line:text" -> line;
			case "line:1" -> ProjectLines.pair(line)[0];
			case "line:2" -> ProjectLines.pair(line)[1];
			default -> throw new IllegalArgumentException(expression);
		};
	}

	/** Who the value belongs to, e.g. 工事基本情報の「発注者コード」 or 書類「床掘り協議」（打合せ簿/協議）の分類. */
	String owner(String expression, String element, PlacedDocument doc, PlacedFile file) {
		if (expression.startsWith("project:") || expression.startsWith("line:")) {
			return Wording.japanese("delivery.owner.project", basicInfo(), element);
		}
		if (expression.startsWith("doc:") && doc != null) {
			String key = expression.substring(4);
			String label = LABELLED_DOCUMENT_VALUES.contains(key) ? Wording.japanese("delivery.document." + key) : element;
			return Wording.japanese("delivery.owner.document", doc.document().title(), doc.kyoyuFolder(), label);
		}
		if (expression.startsWith("photo:") && doc != null) {
			return Wording.japanese("delivery.owner.document", doc.document().title(), doc.kyoyuFolder(),
					Wording.japanese("delivery.photo." + expression.substring(6)));
		}
		if (expression.equals("file:original") && file != null) {
			return Wording.japanese("delivery.owner.file", file.file().name(), doc.kyoyuFolder());
		}
		return Wording.japanese("delivery.owner.profile", profile.id(), element);
	}

	/** What to do when the value is empty. */
	String fillIn(String expression) {
		if (expression.startsWith("project:") || expression.startsWith("line:")) {
			return Wording.japanese("delivery.fill-in.project");
		}
		if (expression.startsWith("doc:")) {
			return Wording.japanese("delivery.fill-in.document");
		}
		if (expression.startsWith("photo:")) {
			return Wording.japanese("delivery.fill-in.photo");
		}
		return Wording.japanese("delivery.fill-in.profile");
	}

	/**
	 * A photo's metadata (PHOTO.XML). 写真タイトル and 撮影年月日 fall back to the document's title and date, which
	 * every document has, so these required elements are never empty [A: what users expect of a photo whose
	 * metadata is not entered yet]; the flags are {@code 1}/{@code 0} as the reference gives them [C-weak].
	 */
	private static String photoValue(String key, ExportDocument document) {
		ExportPhoto photo = document.photo();
		return switch (key) {
			case "class" -> photo == null ? null : photo.photoClass();
			case "work-type" -> photo == null ? null : photo.workType();
			case "work-kind" -> photo == null ? null : photo.workKind();
			case "work-detail" -> photo == null ? null : photo.workDetail();
			case "title" -> photo == null || photo.title() == null ? document.title() : photo.title();
			case "taken-on" -> text(photo == null || photo.takenOn() == null ? document.date() : photo.takenOn());
			case "representative" -> photo != null && photo.representative() ? "1" : "0";
			case "frequency" -> photo != null && photo.frequencyRequired() ? "1" : "0";
			default -> throw new IllegalArgumentException("photo:" + key);
		};
	}

	String basicInfo() {
		return Wording.japanese("delivery.basic-info." + profile.kind().name());
	}

	private Object projectValue(String field) {
		RecordComponent component = Arrays.stream(ProjectDetails.class.getRecordComponents())
			.filter(candidate -> candidate.getName().equals(field))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no basic-info item " + field));
		try {
			return component.getAccessor().invoke(project);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		return value instanceof LocalDate date ? date.toString() : value.toString();
	}
}
