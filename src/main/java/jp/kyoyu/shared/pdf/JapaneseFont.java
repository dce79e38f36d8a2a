package jp.kyoyu.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/**
 * IPAex Gothic for every PDF Kyoyu prints (IPA Font License, fonts/IPA_Font_License_Agreement_v1.0.txt), embedded
 * as a subset so the text stays searchable. Parsing the font and its character map took about half of a print's
 * time, so parsed fonts are kept and lent out: a print holds one from loading until its document is saved (the
 * subset is cut on save, and fontbox's reader is not safe to share between threads), then gives it back.
 */
public final class JapaneseFont {

	public static final String RESOURCE = "fonts/ipaexg.ttf";

	/** Parsed fonts kept for the prints that run at once on a small server; more are parsed and dropped after use. */
	private static final int KEPT = 4;

	private static final byte[] BYTES = read();

	private static final ConcurrentLinkedDeque<TrueTypeFont> IDLE = new ConcurrentLinkedDeque<>();

	private JapaneseFont() {
	}

	/** What a print does with a new document and the font loaded into it; it saves the document itself. */
	@FunctionalInterface
	public interface Print<T> {

		T into(PDDocument document, PDType0Font font) throws IOException;
	}

	/** Runs {@code print} on a new document with the font; the document is closed afterwards. */
	public static <T> T print(Print<T> print) throws IOException {
		TrueTypeFont parsed = borrow();
		try (PDDocument document = new PDDocument()) {
			return print.into(document, PDType0Font.load(document, parsed, true));
		}
		finally {
			giveBack(parsed);
		}
	}

	private static TrueTypeFont borrow() throws IOException {
		TrueTypeFont parsed = IDLE.pollFirst();
		return parsed != null ? parsed : new TTFParser().parse(new RandomAccessReadBuffer(BYTES));
	}

	private static void giveBack(TrueTypeFont parsed) throws IOException {
		if (IDLE.size() < KEPT) {
			IDLE.offerFirst(parsed);
		}
		else {
			parsed.close();
		}
	}

	private static byte[] read() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The Japanese font " + RESOURCE + " is missing", e);
		}
	}
}
