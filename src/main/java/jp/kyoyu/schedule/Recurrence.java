package jp.kyoyu.schedule;

import java.time.Instant;

/**
 * How an imported event repeats, as the file said it.
 *
 * @param rrule the RRULE value, e.g. {@code FREQ=WEEKLY;COUNT=4;BYDAY=MO}
 * @param exdates excluded starts, comma-separated ISO forms (instant, or date for all-day series)
 * @param zone the zone the rule is counted in (a region such as Asia/Tokyo, or a fixed offset)
 * @param until the end of the last occurrence, or {@literal null} when the series never ends
 */
record Recurrence(String rrule, String exdates, String zone, Instant until) {
}
