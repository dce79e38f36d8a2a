package jp.kyoyu.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.kyoyu.shared.InvalidInputException;

/**
 * Reading iCalendar files the way Outlook, Google Calendar, Thunderbird and Japanese groupware write them
 * (fixtures in src/test/resources/schedule, made from RFC 5545 and the products' documented habits), expanding
 * their repetitions, refusing broken files, and reading our own feed back with the same library.
 */
class IcalImportTests {

	static final Instant DECEMBER = Instant.parse("2026-11-30T15:00:00Z");

	static final Instant JANUARY = Instant.parse("2026-12-31T15:00:00Z");

	@Test
	void outlookFileWithWindowsZoneNamesAllDayEventsAndAChangedOccurrence() {
		List<ImportedEvent> events = events("outlook.ics");
		assertThat(events).hasSize(4);

		ImportedEvent visit = titled(events, "OL現地確認（第3工区）");
		assertThat(visit.data().startAt()).isEqualTo(Instant.parse("2026-12-01T01:00:00Z"));
		assertThat(visit.data().endAt()).isEqualTo(Instant.parse("2026-12-01T03:00:00Z"));
		assertThat(visit.data().place()).isEqualTo("中部地区 第3工区 現場事務所");
		assertThat(visit.data().memo()).isEqualTo("出来形確認のため現地へ。\n長靴持参。");
		assertThat(visit.data().privateEvent()).isFalse();
		assertThat(visit.uid()).startsWith("040000008200E00074C5B7101A82E008").endsWith("8F90");

		ImportedEvent trip = titled(events, "OL出張（東北農政局）");
		assertThat(trip.data().allDay()).isTrue();
		// DTEND;VALUE=DATE:20261205 is the day after the last one.
		assertThat(trip.data().startDate()).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(trip.data().endDate()).isEqualTo(LocalDate.of(2026, 12, 4));

		ImportedEvent weekly = events.stream().filter(e -> e.data().title().equals("OL週次打合せ")).findFirst().orElseThrow();
		assertThat(weekly.data().privateEvent()).isTrue();
		assertThat(weekly.data().recurrence().zone()).isEqualTo("Asia/Tokyo");
		assertThat(weekly.data().recurrence().exdates()).isEqualTo("2026-12-14T00:00:00Z");
		ImportedEvent moved = titled(events, "OL週次打合せ（時間変更）");
		assertThat(moved.uid()).isEqualTo(weekly.uid());
		assertThat(moved.key()).isEqualTo("2026-12-21T00:00:00Z");

		// Mondays 7, 14, 21, 28 at 09:00: the 14th is excluded, the 21st was moved to 11:00 (its own event).
		assertThat(starts(weekly, Set.of(moved.key()))).containsExactly(Instant.parse("2026-12-07T00:00:00Z"),
				Instant.parse("2026-12-28T00:00:00Z"));
		assertThat(moved.data().startAt()).isEqualTo(Instant.parse("2026-12-21T02:00:00Z"));
	}

	@Test
	void googleFileWithUtcTimesEscapedTextAndCancelledEvents() {
		List<IcalReader.Item> items = IcalReader.read(fixture("google.ics")).items();
		List<ImportedEvent> events = items.stream().map(IcalReader.Item::event).filter(Objects::nonNull).toList();

		ImportedEvent meeting = titled(events, "GC設計協議（第2回）");
		assertThat(meeting.data().startAt()).isEqualTo(Instant.parse("2026-12-02T05:00:00Z"));
		assertThat(meeting.data().place()).isEqualTo("中部農地整備事務所 2階会議室, デモ県中部市北原町1-2-3");
		assertThat(meeting.data().memo()).isEqualTo("設計変更の協議, 資料は前日までに送付。\n議事録は受注者作成。");

		ImportedEvent training = titled(events, "GC終日 研修");
		assertThat(training.data().startDate()).isEqualTo(training.data().endDate()).isEqualTo(LocalDate.of(2026, 12, 10));
		assertThat(training.data().place()).isNull();

		// A daily series on weekdays, 1-4 December, whose 3 December occurrence was cancelled.
		ImportedEvent morning = events.stream()
			.filter(e -> e.data().title().equals("GC朝礼") && e.key().isEmpty())
			.findFirst()
			.orElseThrow();
		assertThat(morning.data().recurrence().exdates()).contains("2026-12-02T23:30:00Z");
		assertThat(starts(morning, Set.of())).containsExactly(Instant.parse("2026-11-30T23:30:00Z"),
				Instant.parse("2026-12-01T23:30:00Z"), Instant.parse("2026-12-03T23:30:00Z"));
		assertThat(events).filteredOn(ImportedEvent::cancelled)
			.extracting(e -> e.data().title())
			.containsExactlyInAnyOrder("GC朝礼", "GC中止になった打合せ");
	}

	@Test
	void thunderbirdFileWithLfLineEndingsFloatingTimeSeveralExdatesAndATodo() {
		IcalReader.ParsedFile file = IcalReader.read(fixture("thunderbird.ics"));
		List<ImportedEvent> events = file.items().stream().map(IcalReader.Item::event).filter(Objects::nonNull).toList();
		assertThat(file.errors()).isEmpty();

		ImportedEvent meeting = titled(events, "TB工程会議");
		assertThat(meeting.data().memo()).isEqualTo("工程表（最新版）を持参すること。議題：進捗、安全、段取り替え");
		// Tuesdays 1-29 December except the 15th and the 22nd.
		assertThat(starts(meeting, Set.of())).containsExactly(Instant.parse("2026-12-01T05:00:00Z"),
				Instant.parse("2026-12-08T05:00:00Z"), Instant.parse("2026-12-29T05:00:00Z"));

		ImportedEvent doctor = titled(events, "TB通院");
		assertThat(doctor.data().startAt()).as("a floating time is Japan time").isEqualTo(Instant.parse("2026-12-04T07:00:00Z"));
		assertThat(doctor.data().privateEvent()).isTrue();

		ImportedEvent leave = titled(events, "TB休暇");
		assertThat(leave.data().endDate()).isEqualTo(LocalDate.of(2026, 12, 30));

		assertThat(file.items()).filteredOn(item -> item.decided() != null)
			.singleElement()
			.satisfies(item -> {
				assertThat(item.decided().action()).isEqualTo(ImportAction.SKIP);
				assertThat(item.decided().title()).isEqualTo("TB出来形資料を作る");
				assertThat(item.decided().reason()).contains("VTODO");
			});
	}

	@Test
	void shiftJisFilesFromJapaneseGroupwareKeepTheirJapanese() {
		ImportedEvent event = events("garoon-sjis.ics").get(0);
		assertThat(event.data().title()).isEqualTo("GR立会（床掘り完了確認）");
		assertThat(event.data().place()).isEqualTo("第2工区 北側");
		assertThat(event.data().memo()).isEqualTo("受注者：デモ建設 伊藤");
		assertThat(event.data().startAt()).isEqualTo(Instant.parse("2026-12-09T04:00:00Z"));
	}

	@Test
	void aSeriesInAZoneWithDaylightSavingKeepsItsLocalTime() {
		String ics = """
				BEGIN:VCALENDAR
				VERSION:2.0
				PRODID:-//Example//DST//EN
				BEGIN:VEVENT
				UID:dst-series@example.com
				DTSTAMP:20261001T000000Z
				DTSTART;TZID=America/New_York:20261026T100000
				DTEND;TZID=America/New_York:20261026T110000
				RRULE:FREQ=WEEKLY;COUNT=3
				SUMMARY:NY weekly call
				END:VEVENT
				END:VCALENDAR
				""".replace("\n", "\r\n");
		ImportedEvent call = IcalReader.read(ics.getBytes(StandardCharsets.UTF_8)).items().get(0).event();
		assertThat(call.data().recurrence().zone()).isEqualTo("America/New_York");
		// Daylight saving ends on 1 November 2026: 10:00 in New York is 14:00 UTC before, 15:00 after.
		assertThat(starts(call, Set.of(), Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z")))
			.containsExactly(Instant.parse("2026-10-26T14:00:00Z"), Instant.parse("2026-11-02T15:00:00Z"),
					Instant.parse("2026-11-09T15:00:00Z"));
		assertThat(call.data().recurrence().until()).as("end of the last occurrence").isEqualTo(Instant.parse("2026-11-09T16:00:00Z"));
	}

	@Test
	void zoneNamesOfOutlookAndOldMozillaVersionsAreUnderstood() {
		assertThat(TimeZoneNames.region("Tokyo Standard Time")).contains(ZoneId.of("Asia/Tokyo"));
		assertThat(TimeZoneNames.region("\"Pacific Standard Time\"")).contains(ZoneId.of("America/Los_Angeles"));
		assertThat(TimeZoneNames.region("/mozilla.org/20050126_1/Asia/Tokyo")).contains(ZoneId.of("Asia/Tokyo"));
		assertThat(TimeZoneNames.region("(GMT+09.00) Osaka / Sapporo / Tokyo")).contains(ZoneId.of("Asia/Tokyo"));
		assertThat(TimeZoneNames.region("Europe/Berlin")).contains(ZoneId.of("Europe/Berlin"));
		assertThat(TimeZoneNames.region("Mars Standard Time")).isEmpty();
	}

	@Test
	void brokenFilesAreRefusedWithOneJapaneseMessage() {
		assertRefused(fixture("not-ical.ics"), "iCalendar 形式（.ics）のファイルではありません");
		assertRefused(fixture("truncated.ics"), "途中で切れている");
		assertRefused(fixture("bad-date.ics"), "6 行目付近を読み取れません");
		assertRefused(new byte[0], "ファイルが空です");
		assertRefused(new byte[] { (byte) 0x80, (byte) 0xFF, (byte) 0xFE, 0x41 }, "文字コードを判別できません");
	}

	@Test
	void anEventWithoutStartIsReportedAndTheRestIsStillRead() {
		String ics = """
				BEGIN:VCALENDAR
				VERSION:2.0
				PRODID:-//Example//NoStart//EN
				BEGIN:VEVENT
				UID:no-start@example.com
				SUMMARY:開始のない予定
				END:VEVENT
				BEGIN:VEVENT
				UID:fine@example.com
				DTSTART;VALUE=DATE:20261215
				SUMMARY:正常な予定
				END:VEVENT
				END:VCALENDAR
				""";
		IcalReader.ParsedFile file = IcalReader.read(ics.getBytes(StandardCharsets.UTF_8));
		assertThat(file.errors()).singleElement().satisfies(problem -> assertThat(problem.message())
			.contains("「開始のない予定」").contains("開始日時（DTSTART）がない"));
		assertThat(file.items()).singleElement().satisfies(item -> {
			assertThat(item.event().data().title()).isEqualTo("正常な予定");
			assertThat(item.event().data().endDate()).as("no DTEND: one day").isEqualTo(LocalDate.of(2026, 12, 15));
		});
	}

	@Test
	void rulesThatCannotBeFollowedAreReportedOrRefusedNeverExpandedWrongly() {
		assertRefused(withRule("FREQ=DAILY;BYSETPOS=400"), "7 行目付近を読み取れません");
		assertThat(IcalReader.read(withRule("FREQ=MINUTELY")).errors()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("秒・分単位"));
		assertRefused(withRule("FREQ=FORTNIGHTLY"), "7 行目付近を読み取れません");
	}

	private static byte[] withRule(String rule) {
		return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Rules//EN\r\nBEGIN:VEVENT\r\nUID:rule@example.com\r\n"
				+ "DTSTART:20261201T010000Z\r\nRRULE:" + rule + "\r\nSUMMARY:規則\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void ourFeedReadsBackThroughTheSameLibrary() {
		List<ScheduleEvent> stored = events("outlook.ics").stream().map(IcalImportTests::stored).toList();
		ScheduleEvent project = stored(new ImportedEvent("kyoyu-1@kyoyu", "",
				new EventData("現地巡回, 第1班; 集合", false, Instant.parse("2026-12-02T00:30:00Z"),
						Instant.parse("2026-12-02T03:00:00Z"), null, null, "北原町 現場", "持ち物: 長靴", false, null),
				false));
		project.apply(project.data(), 7L, Instant.now());
		List<ScheduleEvent> all = new java.util.ArrayList<>(stored);
		all.add(project);

		String ics = FeedWriter.write("Kyoyu 予定（高橋 監子）", all, Map.of(7L, "中部地区 用排水路改修工事（その1）"));
		assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "DTSTART;TZID=Asia/Tokyo:20261202T093000",
				"CATEGORIES:中部地区 用排水路改修工事（その1）", "CLASS:PRIVATE", "X-WR-CALNAME:Kyoyu 予定（高橋 監子）");

		List<ImportedEvent> back = IcalReader.read(ics.getBytes(StandardCharsets.UTF_8)).items().stream()
			.map(IcalReader.Item::event)
			.toList();
		assertThat(back).hasSize(all.size());
		for (ScheduleEvent original : all) {
			ImportedEvent read = back.stream()
				.filter(e -> e.uid().equals(original.uid()) && e.key().equals(original.recurrenceKey()))
				.findFirst()
				.orElseThrow();
			assertThat(read.data()).as(original.title()).isEqualTo(original.data());
		}
		ImportedEvent weekly = back.stream().filter(e -> e.data().recurrence() != null).findFirst().orElseThrow();
		assertThat(starts(weekly, Set.of("2026-12-21T00:00:00Z"))).containsExactly(Instant.parse("2026-12-07T00:00:00Z"),
				Instant.parse("2026-12-28T00:00:00Z"));
	}

	static ScheduleEvent stored(ImportedEvent imported) {
		ScheduleEvent event = new ScheduleEvent("tester", "series-" + imported.uid(), imported.uid(), imported.key(),
				EventSource.IMPORT, Instant.parse("2026-11-25T00:00:00Z"));
		event.apply(imported.data(), null, Instant.parse("2026-11-25T00:00:00Z"));
		return event;
	}

	private static List<Instant> starts(ImportedEvent event, Set<String> overridden) {
		return starts(event, overridden, DECEMBER, JANUARY);
	}

	private static List<Instant> starts(ImportedEvent event, Set<String> overridden, Instant from, Instant to) {
		return Occurrences.within(stored(event), from, to, overridden).stream().map(Occurrences.Occurrence::startAt).toList();
	}

	private static void assertRefused(byte[] file, String message) {
		assertThatThrownBy(() -> IcalReader.read(file)).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement().satisfies(problem -> {
				assertThat(problem.field()).isEqualTo("file");
				assertThat(problem.message()).contains(message);
			}));
	}

	private static ImportedEvent titled(List<ImportedEvent> events, String title) {
		return events.stream().filter(e -> e.data().title().equals(title)).findFirst().orElseThrow();
	}

	private static List<ImportedEvent> events(String name) {
		return IcalReader.read(fixture(name)).items().stream().map(IcalReader.Item::event).filter(Objects::nonNull).toList();
	}

	static byte[] fixture(String name) {
		try (InputStream in = IcalImportTests.class.getResourceAsStream("/schedule/" + name)) {
			return Objects.requireNonNull(in, name).readAllBytes();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
