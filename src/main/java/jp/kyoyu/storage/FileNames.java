package jp.kyoyu.storage;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Set;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * What users' file names and content types may become: a display name (never a path) and the
 * {@code Content-Disposition} header of RFC 6266 with the UTF-8 name of RFC 5987 and an ASCII fallback.
 */
final class FileNames {

	static final int MAX_LENGTH = 255;

	/** Types a browser may show inline without running anything of the file's (no HTML, no SVG). */
	private static final Set<String> INLINE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg",
			"image/gif", "image/webp", "text/plain");

	private FileNames() {
	}

	/**
	 * The last path segment, NFC-normalised (macOS sends decomposed kana), without control or bidi-override
	 * characters, at most 255 characters keeping the extension; {@code file} when nothing is left.
	 */
	static String displayName(String original) {
		String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder();
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.forEach(kept::appendCodePoint);
		name = kept.toString().strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return "file";
		}
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		String extension = extension(name);
		int keep = MAX_LENGTH - extension.length();
		return name.substring(0, name.offsetByCodePoints(0, keep)) + extension;
	}

	static String contentType(String declared) {
		try {
			MediaType type = MediaType.parseMediaType(declared == null ? "" : declared.strip());
			if (!type.isWildcardType() && !type.isWildcardSubtype() && type.toString().length() <= 255) {
				return type.toString();
			}
		}
		catch (InvalidMediaTypeException e) {
			// fall through: the browser's guess was unusable
		}
		return MediaType.APPLICATION_OCTET_STREAM_VALUE;
	}

	static boolean mayShowInline(String contentType) {
		MediaType type = MediaType.parseMediaType(contentType);
		return INLINE_TYPES.contains(type.getType() + "/" + type.getSubtype());
	}

	/**
	 * {@code attachment; filename="file-12.pdf"; filename*=UTF-8''%E5%B7%A5...}: browsers since 2011 read the
	 * UTF-8 form; the ASCII fallback is the name itself when it is plain ASCII, else {@code file-<id>.<ext>}.
	 */
	static String contentDisposition(long fileId, String name, boolean inline) {
		return (inline ? "inline" : "attachment") + "; filename=\"" + asciiFallback(fileId, name)
				+ "\"; filename*=UTF-8''" + rfc5987(name);
	}

	static String asciiFallback(long fileId, String name) {
		boolean plain = name.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\');
		if (plain) {
			return name;
		}
		String extension = extension(name);
		boolean asciiExtension = extension.chars().allMatch(c -> c == '.' || Character.isLetterOrDigit(c) && c < 0x7f);
		return "file-" + fileId + (asciiExtension && extension.length() <= 10 ? extension : "");
	}

	private static String rfc5987(String name) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (Character.isLetterOrDigit(c) && c < 0x7f || "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return encoded.toString();
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
	}
}
