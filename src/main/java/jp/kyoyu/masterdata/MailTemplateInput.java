package jp.kyoyu.masterdata;

/** What an administrator enters for a mail template; checked by {@link MailTemplateManagement}. */
public record MailTemplateInput(String key, String subject, String body, String description) {
}
