package jp.kyoyu.delivery;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;

/**
 * Writes a management file as the guidelines show them: {@code Shift_JIS} with the matching declaration, a
 * DOCTYPE naming the DTD file next to it, the DTD_version attribute on the root, one element per line
 * indented with tabs. A character Shift_JIS cannot hold (reported by the checker; written only when the user
 * overrode the check) becomes 〓, the JIS replacement mark, never a silent {@code ?}.
 */
final class ManagementXml {

	/** 〓 in Shift_JIS. */
	private static final byte[] GETA = { (byte) 0x81, (byte) 0xAC };

	private ManagementXml() {
	}

	static byte[] write(String root, String dtdFile, String dtdVersion, XmlNode content) throws CharacterCodingException {
		StringBuilder xml = new StringBuilder();
		xml.append("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\r\n");
		xml.append("<!DOCTYPE ").append(root).append(" SYSTEM \"").append(dtdFile).append("\">\r\n");
		xml.append('<').append(root).append(" DTD_version=\"").append(dtdVersion).append("\">\r\n");
		for (XmlNode child : content.children()) {
			element(child, 1, xml);
		}
		xml.append("</").append(root).append(">\r\n");
		return encode(xml.toString());
	}

	/** A DTD in Shift_JIS with a text declaration, so a validating parser reads the Japanese names right. */
	static byte[] dtd(String text) throws CharacterCodingException {
		return encode("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\r\n" + text.replace("\r\n", "\n").replace("\n", "\r\n"));
	}

	private static void element(XmlNode node, int depth, StringBuilder xml) {
		xml.append("\t".repeat(depth)).append('<').append(node.name()).append('>');
		if (node.text() != null) {
			escape(node.text(), xml);
		}
		else {
			xml.append("\r\n");
			for (XmlNode child : node.children()) {
				element(child, depth + 1, xml);
			}
			xml.append("\t".repeat(depth));
		}
		xml.append("</").append(node.name()).append(">\r\n");
	}

	private static void escape(String text, StringBuilder xml) {
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> xml.append("&amp;");
				case '<' -> xml.append("&lt;");
				case '>' -> xml.append("&gt;");
				default -> xml.append(c);
			}
		}
	}

	private static byte[] encode(String text) throws CharacterCodingException {
		ByteBuffer bytes = JisText.charset()
			.newEncoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE)
			.replaceWith(GETA)
			.encode(CharBuffer.wrap(text));
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.remaining());
		out.write(bytes.array(), bytes.position(), bytes.remaining());
		return out.toByteArray();
	}
}
