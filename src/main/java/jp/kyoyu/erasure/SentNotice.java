package jp.kyoyu.erasure;

import java.time.Instant;
import java.time.LocalDate;

/** A notice sent before the erasure, as {@code GET /api/v1/projects/{id}/erasure} lists it. */
public record SentNotice(int daysBefore, LocalDate erasureDate, Instant sentAt) {
}
