package jp.kyoyu.notification;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jp.kyoyu.masterdata.RenderedMail;

/**
 * Turns a filled template into a mail every common client shows in Japanese: UTF-8 text, and a subject that
 * MimeMessageHelper encodes as an RFC 2047 encoded word ({@code =?UTF-8?B?...?=}), since headers must stay ASCII.
 */
@Component
class MailComposer {

	private final JavaMailSender mail;

	private final NotificationSettings settings;

	MailComposer(JavaMailSender mail, NotificationSettings settings) {
		this.mail = mail;
		this.settings = settings;
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
		if (!messages.isEmpty()) {
			mail.send(messages.toArray(MimeMessage[]::new));
		}
	}
}
