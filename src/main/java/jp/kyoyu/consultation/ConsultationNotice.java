package jp.kyoyu.consultation;

import java.time.Instant;
import java.util.List;

/**
 * Tell these users by mail of new material or an answer (S4.9, S4.11). It carries everything the mail says,
 * so the notification module needs nothing else; persisted with the event publication, so no notice is lost.
 *
 * @param event what happened, in Japanese (資料の登録, コメント, 合意...)
 * @param path the matter's page, relative to the application's base URL
 */
public record ConsultationNotice(long matterId, long projectId, String projectName, String title, String event,
		String actorName, String statusLabel, Instant at, String excerpt, String path, List<String> recipientUserIds) {
}
