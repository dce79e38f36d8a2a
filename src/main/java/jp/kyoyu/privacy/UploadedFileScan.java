package jp.kyoyu.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import jp.kyoyu.shared.Wording;
import jp.kyoyu.storage.UploadInspection;

/**
 * G-2 for uploaded files: the text of a PDF (page by page), a Word .docx and an Excel .xlsx/.xls (sheet and cell)
 * is searched like typed text, so a scanned-in list of card numbers is refused as the typed one is, naming the
 * file and the page or sheet. A file that cannot be read as what its name says (broken, encrypted, only images)
 * holds no text to search and is stored; files larger than {@link #MAX_SCANNED} are not opened (an Excel
 * workbook is read whole into memory).
 */
@Component
class UploadedFileScan implements UploadInspection {

	private static final Logger log = LoggerFactory.getLogger(UploadedFileScan.class);

	static final DataSize MAX_SCANNED = DataSize.ofMegabytes(50);

	private final PersonalDataGuard guard;

	UploadedFileScan(PersonalDataGuard guard) {
		this.guard = guard;
	}

	/**
	 * Only what {@link #inspect} would open: storage then writes a plaintext copy for us, which a large drawing or
	 * photo (issue #21: uploads in one pass) must not pay for.
	 */
	@Override
	public boolean wants(String name, String contentType, long size) {
		return size <= MAX_SCANNED.toBytes() && scanned(name) && !guard.enabledKinds().isEmpty();
	}

	private static boolean scanned(String name) {
		String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".pdf") || lower.endsWith(".docx") || lower.endsWith(".xlsx") || lower.endsWith(".xlsm")
				|| lower.endsWith(".xls");
	}

	@Override
	public void inspect(Path content, String name, String contentType) {
		String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
		Set<SensitiveKind> kinds = guard.enabledKinds();
		if (kinds.isEmpty() || !scanned(name)) {
			return;
		}
		try {
			if (Files.size(content) > MAX_SCANNED.toBytes()) {
				return;
			}
			if (lower.endsWith(".pdf")) {
				pdf(content, name, kinds);
			}
			else if (lower.endsWith(".docx")) {
				word(content, name, kinds);
			}
			else {
				workbook(content, name, kinds);
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof jp.kyoyu.shared.InvalidInputException refused) {
				throw refused;
			}
			// Not readable as its name says: no text to search. The file is stored as any other file.
			log.debug("Could not read the text of upload {} for the G-2 check: {}", name, e.toString());
		}
	}

	private void pdf(Path content, String name, Set<SensitiveKind> kinds) throws IOException {
		try (PDDocument document = Loader.loadPDF(content.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				found(stripper.getText(document), kinds, name, Wording.japanese("privacy.place.page", page));
			}
		}
	}

	private void word(Path content, String name, Set<SensitiveKind> kinds) throws IOException {
		try (InputStream in = Files.newInputStream(content);
				XWPFDocument document = new XWPFDocument(in);
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			found(extractor.getText(), kinds, name, null);
		}
	}

	private void workbook(Path content, String name, Set<SensitiveKind> kinds) throws IOException {
		DataFormatter formatter = new DataFormatter(Locale.JAPAN);
		try (Workbook workbook = WorkbookFactory.create(content.toFile(), null, true)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						found(formatter.formatCellValue(cell), kinds, name,
								Wording.japanese("privacy.place.cell", sheet.getSheetName(), cell.getAddress().formatAsString()));
					}
				}
			}
		}
	}

	private void found(String text, Set<SensitiveKind> kinds, String name, String place) {
		Optional<SensitiveKind> kind = SensitiveNumbers.find(text, kinds);
		if (kind.isPresent()) {
			guard.refuse(kind.get(), "file:" + name, "file", place == null ? Wording.japanese("privacy.place.file", name)
					: Wording.japanese("privacy.place.file-at", name, place));
		}
	}
}
