package jp.kyoyu.erasure;

import java.time.LocalDate;

/** A project of the user whose erasure is near, for the home page; {@code daysLeft} 0 means today. */
public record ErasureAhead(long projectId, String projectName, LocalDate erasureDate, long daysLeft) {
}
