package jp.kyoyu.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jp.kyoyu.shared.FieldProblem;

/** Reading the Cabinet Office holiday CSV in the encodings administrators will have it in. */
class CabinetOfficeCsvTests {

	static final String CSV = "国民の祝日・休日月日,国民の祝日・休日名称\r\n2026/1/1,元日\r\n2026/5/6,休日\r\n";

	@Test
	void readsTheOfficialShiftJisFile() {
		assertThat(CabinetOfficeCsv.parse(CSV.getBytes(Charset.forName("MS932"))).holidays()).containsExactly(
				new Holiday(LocalDate.of(2026, 1, 1), "元日", HolidayKind.NATIONAL_HOLIDAY),
				new Holiday(LocalDate.of(2026, 5, 6), "休日", HolidayKind.NATIONAL_HOLIDAY));
	}

	@Test
	void readsUtf8WithAndWithoutByteOrderMark() {
		byte[] plain = CSV.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[plain.length + 3];
		withBom[0] = (byte) 0xef;
		withBom[1] = (byte) 0xbb;
		withBom[2] = (byte) 0xbf;
		System.arraycopy(plain, 0, withBom, 3, plain.length);

		assertThat(CabinetOfficeCsv.parse(plain).holidays()).extracting(Holiday::name).containsExactly("元日", "休日");
		assertThat(CabinetOfficeCsv.parse(withBom).holidays()).extracting(Holiday::name).containsExactly("元日", "休日");
	}

	@Test
	void acceptsQuotesBlankLinesAndTrailingCellsAsSpreadsheetsWriteThem() {
		String saved = "\"国民の祝日・休日月日\",\"国民の祝日・休日名称\"\n\"2027/03/22\",\"振替休日\",,\n\n2027-9-23,秋分の日\n";
		assertThat(CabinetOfficeCsv.parse(saved.getBytes(StandardCharsets.UTF_8)).holidays())
			.extracting(Holiday::date)
			.containsExactly(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 9, 23));
	}

	@Test
	void reportsEveryBadLineByItsNumber() {
		String bad = CSV + "2026/2/30,存在しない日\r\n令和8年1月1日,元日\r\n2026/1/1,重複\r\n2026/7/20,\r\n";
		CabinetOfficeCsv.Parsed parsed = CabinetOfficeCsv.parse(bad.getBytes(Charset.forName("MS932")));
		assertThat(parsed.problems()).extracting(FieldProblem::message).containsExactly(
				"4行目：日付「2026/2/30」は存在しない日付か、1900〜2999年の範囲外です。",
				"5行目：日付「令和8年1月1日」を読み取れません。「2026/1/1」の形で書いてください。",
				"6行目：日付「2026/1/1」は2行目と重複しています。",
				"7行目：祝日・休日の名称がありません。「日付,名称」の形で書いてください。");
	}

	@Test
	void anEmptyFileOrAnotherKindOfFileIsNoHolidayList() {
		assertThat(CabinetOfficeCsv.parse(new byte[0]).problems()).extracting(FieldProblem::message)
			.containsExactly("ファイルに祝日・休日の行がありません。内閣府の「国民の祝日」CSVファイルを選んでください。");
		assertThat(CabinetOfficeCsv.parse("氏名,所属\n".getBytes(StandardCharsets.UTF_8)).problems()).hasSize(1);
	}
}
