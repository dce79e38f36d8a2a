package jp.kyoyu.notification;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.kyoyu.masterdata.RenderedMail;

/**
 * Turns a filled template into a mail every common client shows in Japanese: UTF-8 text, and a subject that
 * MimeMessageHelper encodes as an RFC 2047 encoded word ({@code =?UTF-8?B?...?=}), since headers must stay ASCII.
 */
@Component
class MailComposer {

	private final JavaMailSender mail;

	private final NotificationSettings settings;

	private final Counter sent;

	private final Counter failed;

	MailComposer(JavaMailSender mail, NotificationSettings settings, MeterRegistry registry) {
		this.mail = mail;
		this.settings = settings;
		this.sent = Counter.builder("kyoyu.mails.sent").description("Mails the SMTP server accepted").register(registry);
		this.failed = Counter.builder("kyoyu.mails.failed")
			.description("Mails the SMTP server did not take (retried later from the event registry)").register(registry);
	}

	MimeMessage compose(String to, RenderedMail rendered, boolean important) throws MessagingException {
		MimeMessage message = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(settings.from());
		helper.setTo(to);
		helper.setSubject(rendered.subject());
		helper.setText(rendered.body(), false);
		if (important) {
			// Outlook and Thunderbird flag the mail as well as showing 【重要】 in the subject.
			helper.setPriority(1);
			message.setHeader("Importance", "High");
		}
		return message;
	}

	/** As {@link #compose}, with one file attached (the mail becomes multipart; the text stays the first part). */
	MimeMessage composeWithAttachment(String to, RenderedMail rendered, String fileName, byte[] content,
			String contentType) throws MessagingException {
		MimeMessage message = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(settings.from());
		helper.setTo(to);
		helper.setSubject(rendered.subject());
		helper.setText(rendered.body(), false);
		helper.addAttachment(fileName, new ByteArrayResource(content), contentType);
		return message;
	}

	/** Sends all in one SMTP session; any failure throws, so the event publication stays incomplete. */
	void send(List<MimeMessage> messages) {
		if (messages.isEmpty()) {
			return;
		}
		try {
			mail.send(messages.toArray(MimeMessage[]::new));
			sent.increment(messages.size());
		}
		catch (MailException e) {
			// kyoyu_mails_failed_total: each attempt counts, so an alert sees the failures while retries go on.
			failed.increment(messages.size());
			throw e;
		}
	}
}
