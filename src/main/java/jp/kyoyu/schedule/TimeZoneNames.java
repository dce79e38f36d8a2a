package jp.kyoyu.schedule;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the TZID a groupware file uses into a region zone, so that a recurring event keeps its local time
 * across daylight-saving changes. Outlook and Exchange write Windows names ("Tokyo Standard Time"); old
 * Mozilla versions prefix the region with a path; ical4j knows neither, and the file's own VTIMEZONE only
 * lives as long as the parse. Where no region is found, the importer falls back to the fixed offset.
 */
final class TimeZoneNames {

	/** The usual Windows zone names and their region, per the Unicode CLDR windowsZones table (territory 001). */
	private static final Map<String, String> WINDOWS = Map.ofEntries(
			Map.entry("Tokyo Standard Time", "Asia/Tokyo"), Map.entry("Korea Standard Time", "Asia/Seoul"),
			Map.entry("China Standard Time", "Asia/Shanghai"), Map.entry("Taipei Standard Time", "Asia/Taipei"),
			Map.entry("Singapore Standard Time", "Asia/Singapore"), Map.entry("SE Asia Standard Time", "Asia/Bangkok"),
			Map.entry("India Standard Time", "Asia/Calcutta"), Map.entry("UTC", "Etc/UTC"),
			Map.entry("GMT Standard Time", "Europe/London"), Map.entry("W. Europe Standard Time", "Europe/Berlin"),
			Map.entry("Romance Standard Time", "Europe/Paris"),
			Map.entry("Central Europe Standard Time", "Europe/Budapest"),
			Map.entry("Eastern Standard Time", "America/New_York"),
			Map.entry("Central Standard Time", "America/Chicago"),
			Map.entry("Mountain Standard Time", "America/Denver"),
			Map.entry("Pacific Standard Time", "America/Los_Angeles"),
			Map.entry("Hawaiian Standard Time", "Pacific/Honolulu"),
			Map.entry("AUS Eastern Standard Time", "Australia/Sydney"));

	private TimeZoneNames() {
	}

	static Optional<ZoneId> region(String tzid) {
		if (tzid == null || tzid.isBlank()) {
			return Optional.empty();
		}
		String name = tzid.strip().replace("\"", "");
		if (WINDOWS.containsKey(name)) {
			return Optional.of(ZoneId.of(WINDOWS.get(name)));
		}
		// "Asia/Tokyo"; "/mozilla.org/20050126_1/Asia/Tokyo" and the like, where the region is the tail.
		String[] parts = name.split("/");
		for (int i = 0; i < parts.length; i++) {
			String tail = String.join("/", Arrays.copyOfRange(parts, i, parts.length));
			if (!tail.isEmpty() && (i == 0 || tail.indexOf('/') > 0)) {
				try {
					return Optional.of(ZoneId.of(tail));
				}
				catch (DateTimeException e) {
					// try a shorter tail
				}
			}
		}
		// Older Outlook: "(GMT+09.00) Osaka / Sapporo / Tokyo".
		if (name.contains("Tokyo") || name.contains("Osaka")) {
			return Optional.of(ZoneId.of("Asia/Tokyo"));
		}
		return Optional.empty();
	}
}
