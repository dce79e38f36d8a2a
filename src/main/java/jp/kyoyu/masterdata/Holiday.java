package jp.kyoyu.masterdata;

import java.time.LocalDate;

/**
 * One day off in the holiday calendar (at most one per date).
 *
 * @param name as shown to users, e.g. 元日 or 振替休日
 */
public record Holiday(LocalDate date, String name, HolidayKind kind) {
}
