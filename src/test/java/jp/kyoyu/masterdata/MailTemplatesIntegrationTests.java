package jp.kyoyu.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Filling the seeded notification mail templates. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MailTemplatesIntegrationTests {

	final MailTemplates templates;

	MailTemplatesIntegrationTests(@Autowired MailTemplates templates) {
		this.templates = templates;
	}

	@Test
	void fillsThePlaceholdersOfTheApprovalRequest() {
		RenderedMail mail = templates.render("proposal.submitted",
				Map.of("recipientName", "鈴木 主税", "projectName", "中部地区用水路改修工事", "documentType", "工事打合簿",
						"title", "施工計画書の提出", "proposer", "現場 太郎", "dueDate", "2026年5月7日",
						"importance", "重要", "url", "https://kyoyu.example/proposals/42"));

		assertThat(mail.subject()).isEqualTo("[Kyoyu] 承認依頼：工事打合簿「施工計画書の提出」（中部地区用水路改修工事）");
		assertThat(mail.body()).startsWith("鈴木 主税 様")
			.contains("提出者：現場 太郎")
			.contains("回答希望日：2026年5月7日")
			.contains("https://kyoyu.example/proposals/42")
			.doesNotContain("{{");
	}

	@Test
	void aMissingValueLeavesItsPlaceholderVisible() {
		RenderedMail mail = templates.render("proposal.sent-back", Map.of("title", "品質管理計画", "reason", "写真が不足"));

		assertThat(mail.subject()).contains("「品質管理計画」").contains("{{documentType}}").contains("{{projectName}}");
		assertThat(mail.body()).contains("写真が不足").contains("{{sentBackBy}}");
	}

	@Test
	void aLineBreakInAValueCannotStartANewMailHeader() {
		RenderedMail mail = templates.render("post.created", Map.of("title", "お知らせ\r\nBcc: victim@example.com"));

		assertThat(mail.subject()).doesNotContain("\n").doesNotContain("\r").contains("お知らせ Bcc:");
	}

	@Test
	void everyEventOfTheBriefHasATemplate() {
		for (String key : new String[] { "post.created", "proposal.submitted", "proposal.approved",
				"proposal.sent-back", "approval.reminder", "answer.registered" }) {
			assertThat(templates.render(key, Map.of()).subject()).as(key).startsWith("[Kyoyu]");
		}
	}

	@Test
	void anUnknownKeyIsAClearError() {
		assertThatThrownBy(() -> templates.render("proposal.no-such-mail", Map.of()))
			.isInstanceOf(UnknownMailTemplateException.class)
			.hasMessageContaining("「proposal.no-such-mail」は登録されていません");
	}
}
