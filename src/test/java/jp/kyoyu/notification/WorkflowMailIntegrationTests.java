package jp.kyoyu.notification;

import static jp.kyoyu.notification.NoticeFixtures.about;
import static jp.kyoyu.notification.NoticeFixtures.notice;
import static jp.kyoyu.notification.NoticeFixtures.to;
import static jp.kyoyu.notification.NoticeFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoyu.board.PostNotificationRequested;
import jp.kyoyu.identity.AccountManagement;
import jp.kyoyu.proposal.Importance;
import jp.kyoyu.proposal.NoticeKind;

/** Workflow notices reach a real SMTP server in Japanese, with importance, deputy wording and link (C4.10, C4.15, C4.19, C4.20). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkflowMailIntegrationTests {

	/** The port of spring.mail in the test configuration. */
	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	final NoticeFixtures fixtures;

	final NotificationPreferenceManagement preferences;

	WorkflowMailIntegrationTests(@Autowired AccountManagement accounts, @Autowired ApplicationEventPublisher events,
			@Autowired TransactionTemplate transaction, @Autowired NotificationPreferenceManagement preferences) {
		this.fixtures = new NoticeFixtures(accounts, events, transaction);
		this.preferences = preferences;
	}

	@Test
	void anImportantTaskReachesEachRecipientInJapaneseWithTheDeputyAndTheLink() throws Exception {
		String deputy = fixtures.user("代理 花子");
		String approver = fixtures.user("課長 一郎");
		String first = fixtures.user("受信 太郎");
		String second = fixtures.user("受信 次郎");
		String title = unique("法面保護工の施工計画");

		fixtures.publish(notice(NoticeKind.TASK_ASSIGNED, title, Importance.IMPORTANT, deputy, approver,
				List.of(first, second, first)));

		await().atMost(Duration.ofSeconds(20)).until(() -> about(smtp.getReceivedMessages(), title).size() == 2);
		List<MimeMessage> mails = about(smtp.getReceivedMessages(), title);
		assertThat(mails).as("one mail per recipient, even when named twice").extracting(NoticeFixtures::to)
			.containsExactlyInAnyOrder(first + "@notice.kyoyu.example", second + "@notice.kyoyu.example");
		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject())
			.isEqualTo("【重要】[Kyoyu] 承認・確認の依頼：工事打合せ簿「" + title + "」（中部地区用水路改修工事）");
		// What a mail client receives: an RFC 2047 encoded subject and UTF-8 text, nothing raw in the headers.
		assertThat(mail.getHeader("Subject", null)).startsWith("=?UTF-8?");
		assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
		assertThat(mail.getHeader("X-Priority", null)).startsWith("1");
		String body = (String) mail.getContent();
		String recipientName = to(mail).startsWith(first) ? "受信 太郎" : "受信 次郎";
		assertThat(body).startsWith(recipientName + " 様")
			.contains("重要度：重要")
			.contains("依頼した人：代理 花子（課長 一郎 の代理）")
			.contains("処理期限：2026年11月25日")
			.contains("法面の写真を追加しました。")
			.contains("http://localhost:8080/proposals/4242")
			.doesNotContain("{{");
	}

	@Test
	void aNormalNoticeHasNoImportanceMarkAndNamesTheActorAlone() throws Exception {
		String actor = fixtures.user("監督 三郎");
		String proposer = fixtures.user("発議 四郎");
		String title = unique("工程表の変更");

		fixtures.publish(notice(NoticeKind.SENT_BACK, title, Importance.NORMAL, actor, null, List.of(proposer)));

		await().atMost(Duration.ofSeconds(20)).until(() -> about(smtp.getReceivedMessages(), title).size() == 1);
		MimeMessage mail = about(smtp.getReceivedMessages(), title).get(0);
		assertThat(mail.getSubject()).isEqualTo("[Kyoyu] 差戻し：工事打合せ簿「" + title + "」（中部地区用水路改修工事）");
		assertThat(mail.getHeader("X-Priority")).isNull();
		assertThat((String) mail.getContent()).contains("差し戻した人：監督 三郎\n").contains("重要度：通常")
			.doesNotContain("の代理");
	}

	@Test
	void everyKindHasItsOwnJapaneseSubject() throws Exception {
		String actor = fixtures.user("操作 五郎");
		String recipient = fixtures.user("受信 六郎");
		Map<NoticeKind, String> expected = Map.of(NoticeKind.TASK_ASSIGNED, "承認・確認の依頼：", NoticeKind.APPROVED,
				"承認されました：", NoticeKind.SENT_BACK, "差戻し：", NoticeKind.ANSWERED, "回答がありました：",
				NoticeKind.POST_REVIEW_REQUESTED, "後閲のお願い：", NoticeKind.OVERDUE, "処理期限を過ぎています：");
		String title = unique("種類ごとの件名");

		for (NoticeKind kind : NoticeKind.values()) {
			fixtures.publish(notice(kind, title + " " + kind, Importance.NORMAL, actor, null, List.of(recipient)));
		}

		await().atMost(Duration.ofSeconds(20))
			.until(() -> about(smtp.getReceivedMessages(), title).size() == NoticeKind.values().length);
		for (NoticeKind kind : NoticeKind.values()) {
			MimeMessage mail = about(smtp.getReceivedMessages(), title + " " + kind).get(0);
			assertThat(mail.getSubject()).as(kind.name()).startsWith("[Kyoyu] " + expected.get(kind));
			assertThat((String) mail.getContent()).as(kind.name()).contains("/proposals/4242").doesNotContain("{{");
		}
	}

	@Test
	void aUserWhoSwitchedAKindOffGetsNoMailWhileOthersDo() throws Exception {
		String opted = fixtures.user("設定 七子");
		String other = fixtures.user("通常 八郎");
		String actor = fixtures.user("承認 九郎");
		preferences.change(opted, Map.of(Notice.APPROVED, false), null);
		String title = unique("品質管理計画");

		fixtures.publish(notice(NoticeKind.APPROVED, title, Importance.IMPORTANT, actor, null, List.of(opted, other)));

		// Both mails would leave in the same SMTP session, so once the other's has come, the opted-out one is not coming.
		await().atMost(Duration.ofSeconds(20)).until(() -> !about(smtp.getReceivedMessages(), title).isEmpty());
		assertThat(about(smtp.getReceivedMessages(), title)).extracting(NoticeFixtures::to)
			.containsExactly(other + "@notice.kyoyu.example");
	}

	@Test
	void importantOnlyKeepsNormalWorkflowMailsAwayButNotImportantOnes() throws Exception {
		String busy = fixtures.user("多忙 十郎");
		String other = fixtures.user("通常 十一");
		String actor = fixtures.user("提出 十二");
		preferences.change(busy, Map.of(), true);
		String normal = unique("通常の打合せ");
		String important = unique("重要な打合せ");

		fixtures.publish(notice(NoticeKind.TASK_ASSIGNED, normal, Importance.NORMAL, actor, null, List.of(busy, other)));
		fixtures.publish(notice(NoticeKind.TASK_ASSIGNED, important, Importance.IMPORTANT, actor, null, List.of(busy)));

		await().atMost(Duration.ofSeconds(20)).until(() -> about(smtp.getReceivedMessages(), normal).size() == 1
				&& about(smtp.getReceivedMessages(), important).size() == 1);
		assertThat(about(smtp.getReceivedMessages(), normal)).extracting(NoticeFixtures::to)
			.containsExactly(other + "@notice.kyoyu.example");
		assertThat(about(smtp.getReceivedMessages(), important)).extracting(NoticeFixtures::to)
			.containsExactly(busy + "@notice.kyoyu.example");
	}

	@Test
	void boardNoticesFollowThePreferencesToo() {
		String opted = fixtures.user("掲示 一子");
		String other = fixtures.user("掲示 二郎");
		String author = fixtures.user("投稿 三子");
		preferences.change(opted, Map.of(Notice.BOARD_POST, false), null);
		String title = unique("明日の立会");

		fixtures.publish(new PostNotificationRequested(9090, 7, "中部地区用水路改修工事", title, author, Instant.now(),
				List.of(opted, other)));

		await().atMost(Duration.ofSeconds(20)).until(() -> !about(smtp.getReceivedMessages(), title).isEmpty());
		assertThat(about(smtp.getReceivedMessages(), title)).extracting(NoticeFixtures::to)
			.containsExactly(other + "@notice.kyoyu.example");
	}
}
