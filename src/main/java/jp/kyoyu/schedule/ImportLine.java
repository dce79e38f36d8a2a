package jp.kyoyu.schedule;

import java.time.OffsetDateTime;

/**
 * One event of an imported file in the preview and the result, in the order of the file.
 *
 * @param start in Japan time; {@literal null} when the file gave none
 * @param reason why it is skipped or removed (Japanese), else {@literal null}
 */
public record ImportLine(ImportAction action, String title, OffsetDateTime start, OffsetDateTime end,
		boolean allDay, boolean recurring, String reason) {
}
