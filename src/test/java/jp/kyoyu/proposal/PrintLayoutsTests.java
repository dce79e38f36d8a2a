package jp.kyoyu.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

import jp.kyoyu.project.ProjectKind;
import jp.kyoyu.project.ProjectRole;
import jp.kyoyu.proposal.PrintLayout.Area;
import jp.kyoyu.proposal.PrintLayout.Box;
import jp.kyoyu.proposal.PrintLayout.Kind;
import jp.kyoyu.shared.DateStyle;

/**
 * The printed layouts (issue #22): every registered type has its own beside its form, naming exactly the form's
 * fields (a type added later without one falls back to the generic layout of its project kind), and a layout
 * naming a field the form lacks is refused; the stamp columns are filled from
 * the approval record by the holder's project role, with 代理 and 後閲 marked.
 */
class PrintLayoutsTests {

	private final DocumentTypes types = new DocumentTypes(new ObjectMapper());

	@Test
	void everyTypeHasItsOwnLayoutBesideItsFormAndATypeWithoutOneFallsBackToTheGenericOne() {
		PrintLayouts layouts = new PrintLayouts(types);
		for (DocumentType type : types.all()) {
			assertThat(layouts.of(type.key()).source()).as(type.key())
				.isEqualTo("forms/" + type.formFile().replace(".form", ".layout.yaml"));
			assertThat(layouts.of(type.key()).boxes()).as(type.key()).isNotEmpty();
		}
		assertThat(layouts.of("worksMeetingRecord").boxes()).filteredOn(box -> box.kind() == Kind.STAMPS)
			.flatMap(Box::columns)
			.containsExactly(ProjectRole.GENERAL_SUPERVISOR, ProjectRole.SENIOR_SUPERVISOR, ProjectRole.SUPERVISOR,
					ProjectRole.SITE_AGENT, ProjectRole.CHIEF_ENGINEER);
		DocumentType later = new DocumentType("futureType", "将来の書類", "future-type.form", ProjectKind.SERVICE,
				RaisingSide.CONTRACTOR, false, List.of());
		assertThat(PrintLayouts.pathOf(later)).as("a type added later without a layout still prints")
			.isEqualTo("forms/generic-service.layout.yaml");
		assertThat(PrintLayouts.pathOf(new DocumentType("futureWorks", "将来の書類", "future-works.form",
				ProjectKind.WORKS, RaisingSide.CONTRACTOR, false, List.of()))).isEqualTo("forms/generic-works.layout.yaml");
		// the fallbacks are no longer read at start (no type uses them today): they must still be valid for any form
		for (DocumentType type : types.all()) {
			String generic = "forms/generic-" + type.projectKind().name().toLowerCase(java.util.Locale.ROOT)
					+ ".layout.yaml";
			PrintLayouts.check(PrintLayouts.parse(generic), types.schema(type.key()), type);
		}
	}

	/**
	 * Each layout, read from its file, against its form's JSON read here directly (not through {@link FormSchema}):
	 * it names only the form's fields, prints every one of them somewhere (a value left off the paper would be lost
	 * to the filed copy), carries the form's heading as its title and the stamp columns of both sides of its kind of
	 * contract. A designer's typo or a field added to the form without a box fails the build here.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("typeKeys")
	void eachLayoutNamesExactlyTheFieldsOfItsFormAndTheStampColumnsOfBothSides(String key) throws Exception {
		DocumentType type = types.find(key).orElseThrow();
		String path = "forms/" + type.formFile().replace(".form", ".layout.yaml");
		assertThat(new ClassPathResource(path).exists()).as(path + " beside the form").isTrue();
		PrintLayout layout = PrintLayouts.parse(path);
		JsonNode form = new ObjectMapper().readTree(new ClassPathResource("forms/" + type.formFile()).getInputStream());
		Set<String> formKeys = new LinkedHashSet<>();
		List<String> headings = new ArrayList<>();
		collect(form.path("components"), formKeys, headings);

		Set<String> named = new LinkedHashSet<>();
		for (Box box : layout.boxes()) {
			Stream.of(box.field(), box.other(), box.count(), box.content(), box.date())
				.filter(Objects::nonNull)
				.forEach(named::add);
		}
		assertThat(formKeys).as("fields of " + type.formFile()).containsAll(named);
		assertThat(named).as("fields of " + type.formFile() + " printed in " + path).containsAll(formKeys);
		assertThat(layout.title().text()).as("the form's heading").isEqualTo(headings.get(0));

		List<ProjectRole> columns = layout.boxes().stream().filter(box -> box.kind() == Kind.STAMPS)
			.flatMap(box -> box.columns().stream()).toList();
		assertThat(columns).containsExactlyElementsOf(type.projectKind() == ProjectKind.WORKS
				? List.of(ProjectRole.GENERAL_SUPERVISOR, ProjectRole.SENIOR_SUPERVISOR, ProjectRole.SUPERVISOR,
						ProjectRole.SITE_AGENT, ProjectRole.CHIEF_ENGINEER)
				: List.of(ProjectRole.GENERAL_SUPERVISOR, ProjectRole.SENIOR_SUPERVISOR, ProjectRole.SUPERVISOR,
						ProjectRole.SERVICE_SUPERVISOR, ProjectRole.MANAGING_ENGINEER, ProjectRole.VERIFYING_ENGINEER));
		assertThat(named).as("the answer part of a type that has one").containsAll(type.answerFields());
		for (Box box : layout.boxes()) {
			Area a = box.area();
			assertThat(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= 210 && a.y() + a.height() <= 297)
				.as(path + " " + box.label() + " on the A4 page").isTrue();
		}
	}

	static Stream<String> typeKeys() {
		return new DocumentTypes(new ObjectMapper()).all().stream().map(DocumentType::key);
	}

	private static void collect(JsonNode components, Set<String> keys, List<String> headings) {
		for (JsonNode c : components) {
			if (c.hasNonNull("key")) {
				keys.add(c.get("key").asText());
			}
			if ("text".equals(c.path("type").asText()) && c.path("text").asText().startsWith("# ")) {
				headings.add(c.path("text").asText().substring(2).trim());
			}
			collect(c.path("components"), keys, headings);
		}
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
