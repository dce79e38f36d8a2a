package jp.kyoyu.masterdata;

/**
 * A notification mail template; subject and body contain {@code {{placeholder}}} variables.
 *
 * @param key what the sender asks for, e.g. {@code proposal.submitted}
 * @param description for administrators: when the mail is sent and which placeholders exist
 */
public record MailTemplate(long id, String key, String subject, String body, String description, long version) {
}
