package jp.kyoyu.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.storage.FileStore;
import jp.kyoyu.storage.StoredFile;

/**
 * Photo metadata (写真管理情報) of photo documents: those in the photo folder (template code {@code PHOTO}, also
 * below it and after a rename) or with a JPEG file, since a photo filed elsewhere still goes into the deliverable
 * by its folder and may move later.
 */
@Component
class DocumentPhotos {

	static final String PHOTO_FOLDER_CODE = "PHOTO";

	private final PhotoRowRepository rows;

	private final FileStore files;

	DocumentPhotos(PhotoRowRepository rows, FileStore files) {
		this.rows = rows;
		this.files = files;
	}

	/** The stored metadata by document id (documents without a row are absent). */
	Map<Long, PhotoInfo> stored(Collection<Long> documentIds) {
		return rows.findByDocumentIdIn(documentIds).stream().collect(Collectors.toMap(PhotoRow::documentId, PhotoRow::view));
	}

	static boolean isPhoto(List<Folder> all, long folderId, List<DocumentFile> documentFiles) {
		return inPhotoFolder(all, folderId) || documentFiles.stream().anyMatch(DocumentPhotos::isJpeg);
	}

	static boolean isJpeg(DocumentFile file) {
		String name = file.name() == null ? "" : file.name().toLowerCase(Locale.ROOT);
		return "image/jpeg".equalsIgnoreCase(file.contentType()) || name.endsWith(".jpg") || name.endsWith(".jpeg");
	}

	/** Sets one document's metadata; 400 naming the field for a bad value, or when the document is no photo. */
	PhotoInfo change(DocumentEntry document, DocumentView view, PhotoInput input) {
		if (view.photo() == null) {
			throw new InvalidInputException("photo", Wording.of("document.photo.rules.not-a-photo"));
		}
		List<FieldProblem> problems = new ArrayList<>();
		PhotoInfo info = PhotoRules.check(input, "", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		save(document.id(), info);
		return info;
	}

	/**
	 * The bulk-edit list's save: every row is checked first, and only when all are valid is anything stored, so
	 * a bad row costs nothing typed. Problems name the row as {@code rows[<document id>].<field>}.
	 */
	int changeAll(Map<Long, PhotoInput> inputs, Set<Long> photoIds) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<Long, PhotoInfo> clean = new LinkedHashMap<>();
		inputs.forEach((id, input) -> {
			if (!photoIds.contains(id)) {
				problems.add(new FieldProblem("rows[" + id + "]", Wording.of("document.photo.rules.not-a-photo")));
				return;
			}
			clean.put(id, PhotoRules.check(input, "rows[" + id + "].", problems));
		});
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		clean.forEach(this::save);
		return clean.size();
	}

	/** After a registration: the 撮影年月日 from the first JPEG's EXIF, when it has one. */
	void takeDateFromExif(long documentId, List<StoredFile> stored) {
		for (StoredFile file : stored) {
			String name = file.name() == null ? "" : file.name().toLowerCase(Locale.ROOT);
			if (!"image/jpeg".equalsIgnoreCase(file.contentType()) && !name.endsWith(".jpg") && !name.endsWith(".jpeg")) {
				continue;
			}
			Optional<java.time.LocalDate> taken;
			try (InputStream in = files.open(file.id()).getInputStream()) {
				taken = ExifDates.takenOn(in);
			}
			catch (IOException e) {
				taken = Optional.empty(); // unreadable now: the user enters the date
			}
			if (taken.isPresent()) {
				save(documentId, new PhotoInfo(null, null, null, null, null, false, false, taken.get()));
				return;
			}
		}
	}

	private void save(long documentId, PhotoInfo info) {
		PhotoRow row = rows.findById(documentId).orElseGet(() -> new PhotoRow(documentId));
		row.set(info);
		rows.save(row);
	}

	/** The nearest template folder above (or the folder itself) decides, also after the folder was renamed. */
	private static boolean inPhotoFolder(List<Folder> all, long folderId) {
		return FolderTree.upwards(all, folderId)
			.stream()
			.filter(folder -> folder.code() != null)
			.findFirst()
			.map(folder -> PHOTO_FOLDER_CODE.equals(folder.code()))
			.orElse(false);
	}
}
