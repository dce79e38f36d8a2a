package jp.kyoyu.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import jp.kyoyu.project.ProjectRole;
import jp.kyoyu.proposal.PrintLayout.Area;
import jp.kyoyu.proposal.PrintLayout.Box;
import jp.kyoyu.proposal.PrintLayout.Kind;
import jp.kyoyu.shared.DateStyle;

/**
 * The printed layouts (issue #22): every registered type resolves one (its own beside the form, or the generic one
 * of its project kind), and a layout naming a field the form lacks is refused; the stamp columns are filled from
 * the approval record by the holder's project role, with 代理 and 後閲 marked.
 */
class PrintLayoutsTests {

	private final DocumentTypes types = new DocumentTypes(new ObjectMapper());

	@Test
	void everyTypeHasALayoutAndTheMeetingRecordsTheirOwn() {
		PrintLayouts layouts = new PrintLayouts(types);
		for (DocumentType type : types.all()) {
			assertThat(layouts.of(type.key()).boxes()).as(type.key()).isNotEmpty();
		}
		assertThat(layouts.of("worksMeetingRecord").source()).isEqualTo("forms/works-meeting-record.layout.yaml");
		assertThat(layouts.of("serviceMeetingRecord").source()).isEqualTo("forms/service-meeting-record.layout.yaml");
		assertThat(layouts.of("materialConfirmation").source()).isEqualTo("forms/generic-works.layout.yaml");
		assertThat(layouts.of("servicePerformanceReport").source()).isEqualTo("forms/generic-service.layout.yaml");
		assertThat(layouts.of("worksMeetingRecord").boxes()).filteredOn(box -> box.kind() == Kind.STAMPS)
			.flatMap(Box::columns)
			.containsExactly(ProjectRole.GENERAL_SUPERVISOR, ProjectRole.SENIOR_SUPERVISOR, ProjectRole.SUPERVISOR,
					ProjectRole.SITE_AGENT, ProjectRole.CHIEF_ENGINEER);
	}

	@Test
	void aLayoutNamingWhatTheFormLacksIsRefused() {
		DocumentType meeting = types.find("worksMeetingRecord").orElseThrow();
		FormSchema schema = types.schema("worksMeetingRecord");
		PrintLayout typo = layoutWith(new Box(Kind.TEXT, "内容", new Area(15, 70, 180, 78), "contents", null, null, null,
				null, null, null, List.of(), List.of(), 24, 10));
		assertThatThrownBy(() -> PrintLayouts.check(typo, schema, meeting)).hasMessageContaining("no field contents");
		PrintLayout option = layoutWith(new Box(Kind.ANSWER, "処理・回答", new Area(15, 170, 180, 58), "answerKind",
				null, null, null, null, null, null,
				List.of(new PrintLayout.AnswerLine("AGENCY", "発注者", List.of("APPROVAL"))), List.of(), 24, 10));
		assertThatThrownBy(() -> PrintLayouts.check(option, schema, meeting)).hasMessageContaining("APPROVAL");
		PrintLayout value = layoutWith(new Box(Kind.NOTE, null, new Area(15, 273, 180, 6), null, "price", null, null,
				null, null, null, List.of(), List.of(), 24, 8));
		assertThatThrownBy(() -> PrintLayouts.check(value, schema, meeting)).hasMessageContaining("value must be");
	}

	@Test
	void stampsGoToTheHoldersColumnWithDeputyAndPostReviewMarkedAndASendBackClearsThem() {
		Map<String, ProjectRole> roles = Map.of("sokatsu", ProjectRole.GENERAL_SUPERVISOR, "shunin",
				ProjectRole.SENIOR_SUPERVISOR, "kantoku", ProjectRole.SUPERVISOR, "genba", ProjectRole.SITE_AGENT);
		Instant day = Instant.parse("2026-12-06T23:30:00Z"); // 7 December in Japan
		List<ApprovalStep> record = List.of(step(day, "genba", "伊藤 現", null, null, ApprovalAction.SUBMIT),
				step(day, "kantoku", "高橋 監子", null, null, ApprovalAction.APPROVE),
				step(day, "shunin", "鈴木 主税", null, null, ApprovalAction.SEND_BACK_TO_PROPOSER),
				step(day, "genba", "伊藤 現", null, null, ApprovalAction.RESUBMIT),
				step(day, "sokatsu", "佐藤 総一", "kantoku", "高橋 監子", ApprovalAction.APPROVE),
				step(day, "shunin", "鈴木 主税", null, null, ApprovalAction.APPROVE_AHEAD),
				step(day, "tanto", "田中 担", null, null, ApprovalAction.APPROVE),
				step(day.plusSeconds(86400), "kantoku", "高橋 監子", null, null, ApprovalAction.POST_REVIEWED));
		Map<ProjectRole, Stamp> columns = StampColumns.of(record, id -> Optional.ofNullable(roles.get(id)),
				step -> step.actorName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(columns).containsOnlyKeys(ProjectRole.SITE_AGENT, ProjectRole.SUPERVISOR,
				ProjectRole.SENIOR_SUPERVISOR);
		assertThat(columns.get(ProjectRole.SITE_AGENT).date()).hasToString("2026-12-07");
		Stamp supervisor = columns.get(ProjectRole.SUPERVISOR);
		assertThat(supervisor.name()).as("the later post-review replaces the deputy's stamp").isEqualTo("高橋 監子");
		assertThat(supervisor.postReview()).isTrue();
		assertThat(supervisor.byDeputy()).isFalse();

		Map<ProjectRole, Stamp> beforeReview = StampColumns.of(record.subList(0, 7),
				id -> Optional.ofNullable(roles.get(id)), step -> new byte[0]);
		assertThat(beforeReview.get(ProjectRole.SUPERVISOR).name()).isEqualTo("佐藤 総一");
		assertThat(beforeReview.get(ProjectRole.SUPERVISOR).byDeputy()).isTrue();
		assertThat(beforeReview.get(ProjectRole.SUPERVISOR).onBehalfOfName()).isEqualTo("高橋 監子");
		assertThat(beforeReview).as("sokatsu stamped only as deputy; the send-back cleared kantoku's first approval")
			.doesNotContainKey(ProjectRole.GENERAL_SUPERVISOR);
		assertThat(ProposalPdf.shownDate("2026-12-07", DateStyle.WAREKI)).isEqualTo("令和8年12月7日");
		assertThat(ProposalPdf.shownDate("2026-12-07", DateStyle.SEIREKI)).isEqualTo("2026/12/07");
		assertThat(ProposalPdf.shownDate("来週", DateStyle.WAREKI)).as("not a date: printed as typed").isEqualTo("来週");
	}

	private static ApprovalStep step(Instant at, String actor, String actorName, String behalf, String behalfName,
			ApprovalAction action) {
		return new ApprovalStep(at, actor, actorName, behalf, behalfName, action, null);
	}

	private static PrintLayout layoutWith(Box box) {
		return new PrintLayout("test.layout.yaml", new PrintLayout.Title(null, 18, new Area(15, 12, 180, 12)),
				List.of(box));
	}
}
