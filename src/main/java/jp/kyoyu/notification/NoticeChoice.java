package jp.kyoyu.notification;

/** Whether a user receives one kind of notice; {@code label} is its Japanese name for screens and the API. */
public record NoticeChoice(Notice notice, String label, boolean receive) {
}
