package jp.kyoyu.erasure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.pdf.A4Pages;
import jp.kyoyu.shared.pdf.JapaneseFont;

/**
 * 「データ消去証明書」 (issue #16, X12 (2)): the certificate's data is a fixed text built from the erasure record;
 * its SHA-256 goes into the audit entry of the erasure, so a printed certificate can be checked against the
 * sealed audit trail. The PDF prints that text and the hash.
 */
@Component
class ErasureCertificate {

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	/** The day in Japan that an instant falls on. */
	static LocalDate day(Instant instant) {
		return instant.atZone(JAPAN).toLocalDate();
	}

	static String method(ErasureJob job) {
		return "MANUAL".equals(job.method()) ? "手動（実施者: " + job.requestedBy() + "）" : "自動（消去日の到来による）";
	}

	/**
	 * The certified data; the same text for the hash and the print. The key and backup lines appear only for
	 * erasures that destroyed a key (issue #16): older certificates keep the text, and so the hash, they had.
	 */
	String text(ErasureJob job, Instant erasedAt, LocalDate backupsExpireOn) {
		StringBuilder text = new StringBuilder();
		text.append("工事・業務名: ").append(job.projectName()).append('\n');
		text.append("工事・業務ID: ").append(job.projectId()).append('\n');
		text.append("契約期間: ").append(job.periodStart()).append(" 〜 ").append(job.periodEnd()).append('\n');
		text.append("消去日時: ").append(AT.format(erasedAt.atZone(JAPAN))).append('\n');
		text.append("方法: ").append(method(job)).append('\n');
		text.append("理由: ").append(job.runReason()).append('\n');
		text.append("消去したデータ:\n");
		job.countMap().forEach((kind, count) -> text.append("  ").append(kind).append(": ").append(count).append("件\n"));
		text.append("ファイル: ").append(job.filesCount()).append("件 ").append(job.filesBytes()).append("バイト\n");
		if (job.keyDestroyedAt() != null) {
			text.append("暗号鍵: 暗号鍵を破棄しました（").append(AT.format(job.keyDestroyedAt().atZone(JAPAN)))
				.append("）。この工事・業務のファイルは、バックアップに残る写しも含めて復号できません。\n");
		}
		if (backupsExpireOn != null) {
			text.append("バックアップ: データベースのバックアップに残る記録は、最後のバックアップの保存期限 ")
				.append(DAY.format(backupsExpireOn)).append(" までに消えます。\n");
		}
		return text.toString();
	}

	String sha256(ErasureJob job, Instant erasedAt, LocalDate backupsExpireOn) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(text(job, erasedAt, backupsExpireOn).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	byte[] pdf(ErasureJob job) {
		try {
			return JapaneseFont.print((document, font) -> {
				try (A4Pages pages = new A4Pages(document, font)) {
					pages.write(Wording.japanese("erasure.certificate.title"), 18, 0);
					pages.gap(12);
					pages.write(Wording.japanese("erasure.certificate.statement"), 10.5f, 0);
					pages.gap(8);
					pages.rule();
					pages.write(text(job, job.erasedAt(), job.backupsExpireOn()), 10.5f, 0);
					pages.rule();
					pages.write(Wording.japanese("erasure.certificate.hash"), 9, 0);
					pages.write(job.certificateSha256(), 9, 0);
				}
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				document.save(out);
				return out.toByteArray();
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
