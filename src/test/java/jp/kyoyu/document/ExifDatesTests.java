package jp.kyoyu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import jp.kyoyu.support.Jpegs;

/** The 撮影年月日 default: EXIF DateTimeOriginal of a JPEG, in both byte orders; nothing for anything else. */
class ExifDatesTests {

	@Test
	void readsDateTimeOriginalInBothByteOrders() {
		LocalDateTime taken = LocalDateTime.of(2026, 5, 1, 9, 30);
		assertThat(ExifDates.takenOn(new ByteArrayInputStream(Jpegs.takenAt(taken, ByteOrder.BIG_ENDIAN))))
			.contains(LocalDate.of(2026, 5, 1));
		assertThat(ExifDates.takenOn(new ByteArrayInputStream(Jpegs.takenAt(taken.plusDays(40), ByteOrder.LITTLE_ENDIAN))))
			.contains(LocalDate.of(2026, 6, 10));
	}

	@Test
	void givesNothingWithoutExifOrForOtherFiles() {
		assertThat(ExifDates.takenOn(new ByteArrayInputStream(Jpegs.plain()))).isEmpty();
		assertThat(ExifDates.takenOn(new ByteArrayInputStream("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))).isEmpty();
		byte[] truncated = java.util.Arrays.copyOf(Jpegs.takenAt(LocalDateTime.of(2026, 5, 1, 9, 30), ByteOrder.BIG_ENDIAN), 40);
		assertThat(ExifDates.takenOn(new ByteArrayInputStream(truncated))).isEmpty();
	}
}
