package jp.kyoyu.identity;

import java.time.LocalDate;

/** An absence from {@code from} to {@code to} (both included); {@code deputyUserId} may be null. */
public record AbsencePeriod(LocalDate from, LocalDate to, String deputyUserId) {

	public boolean covers(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}
}
