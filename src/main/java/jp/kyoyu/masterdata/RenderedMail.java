package jp.kyoyu.masterdata;

/** A mail template with its placeholders filled in, ready to send. */
public record RenderedMail(String subject, String body) {
}
