package jp.kyoyu.delivery;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

/** Export trees built in memory for the tests. */
final class Trees {

	private Trees() {
	}

	static ExportFile file(String name, String content) {
		return file(name, content.getBytes(StandardCharsets.UTF_8));
	}

	static ExportFile file(String name, byte[] bytes) {
		return new ExportFile(name, bytes.length, sha256(bytes), () -> new ByteArrayInputStream(bytes));
	}

	static ExportDocument document(long id, String title, ExportFile... files) {
		return new ExportDocument(id, title, "協議", LocalDate.of(2026, 5, 1), "現場 太郎", "承認済",
				List.of(new ExportApproval("監督員", "監督 一郎", "承認", LocalDateTime.of(2026, 5, 2, 9, 5), null, null),
						new ExportApproval("主任監督員", "主任 次郎", "承認", LocalDateTime.of(2026, 5, 3, 16, 40), "総括 三郎", "了解")),
				List.of(files));
	}

	static ExportFolder folder(long id, String name, List<ExportFolder> children, ExportDocument... documents) {
		return new ExportFolder(id, name, null, children, List.of(documents));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
