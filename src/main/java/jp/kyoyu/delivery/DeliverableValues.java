package jp.kyoyu.delivery;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import jp.kyoyu.project.ProjectDetails;
import jp.kyoyu.project.ProjectKind;

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

	private static final Map<String, String> DOCUMENT_LABELS = Map.of("title", "件名", "category", "分類", "date",
			"日付", "approved-date", "承認日", "author", "作成者");

	private final DeliveryProfile profile;

	private final ProjectDetails project;

	DeliverableValues(DeliveryProfile profile, ProjectDetails project) {
		this.profile = profile;
		this.project = project;
	}

	String resolve(String expression, PlacedDocument doc, PlacedFile file) {
		String kind = expression.substring(0, expression.indexOf(':'));
		String key = expression.substring(expression.indexOf(':') + 1);
		return switch (kind) {
			case "const" -> key;
			case "profile" -> profile.standard();
			case "media" -> "1";
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
			case "file" -> switch (key) {
				case "name" -> file.name();
				case "original" -> file.file().name();
				case "serial" -> String.valueOf(file.serial());
				default -> throw new IllegalArgumentException(expression);
			};
			default -> throw new IllegalArgumentException(expression);
		};
	}

	/** Who the value belongs to, e.g. 工事基本情報の「発注者コード」 or 書類「床掘り協議」（打合せ簿/協議）の分類. */
	String owner(String expression, String element, PlacedDocument doc, PlacedFile file) {
		if (expression.startsWith("project:")) {
			return basicInfo() + "の「" + element + "」";
		}
		if (expression.startsWith("doc:") && doc != null) {
			String label = DOCUMENT_LABELS.getOrDefault(expression.substring(4), element);
			return "書類「" + doc.document().title() + "」（" + doc.kyoyuFolder() + "）の" + label;
		}
		if (expression.equals("file:original") && file != null) {
			return "ファイル「" + file.file().name() + "」（" + doc.kyoyuFolder() + "）の名前";
		}
		return "成果品プロファイル「" + profile.id() + "」の「" + element + "」";
	}

	/** What to do when the value is empty. */
	String fillIn(String expression) {
		if (expression.startsWith("project:")) {
			return "工事・業務の基本情報を編集して入力してください。";
		}
		if (expression.startsWith("doc:")) {
			return "書類の登録内容を編集して入力してください。";
		}
		return "成果品プロファイルを修正してください（システム管理者）。";
	}

	String basicInfo() {
		return profile.kind() == ProjectKind.WORKS ? "工事基本情報" : "業務基本情報";
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
