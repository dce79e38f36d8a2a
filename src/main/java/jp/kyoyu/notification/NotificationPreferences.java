package jp.kyoyu.notification;

import java.util.List;

/**
 * A user's mail preferences: one choice per {@link Notice}, in display order, and whether workflow notices
 * come only for proposals marked 重要 (C4.20).
 */
public record NotificationPreferences(String userId, List<NoticeChoice> notices, boolean importantOnly) {
}
