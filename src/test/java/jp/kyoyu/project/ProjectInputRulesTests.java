package jp.kyoyu.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.kyoyu.shared.FieldProblem;

/** The rules of the basic info, with messages in the wording of the project's kind. */
class ProjectInputRulesTests {

	private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

	@Test
	void aMinimalProjectIsValid() {
		assertThat(problems(ProjectInput.of(ProjectKind.WORKS, 2026, "用水路工事", APRIL, APRIL))).isEmpty();
	}

	@Test
	void labelsFollowTheKind() {
		ProjectInput noName = ProjectInput.of(ProjectKind.SERVICE, 2026, "  ", APRIL, APRIL.minusDays(1));
		assertThat(problems(noName)).extracting(FieldProblem::field, FieldProblem::message).contains(
				org.assertj.core.groups.Tuple.tuple("name", "業務名称を入力してください。"),
				org.assertj.core.groups.Tuple.tuple("periodEnd",
						"履行期間（完了）は履行期間（着手）と同じ日かそれより後の日付にしてください。"));
	}

	@Test
	void fiscalYearMustBeAPlausibleWesternYear() {
		assertThat(problems(ProjectInput.of(ProjectKind.WORKS, 8, "工事", APRIL, APRIL)))
			.extracting(FieldProblem::field).containsExactly("fiscalYear");
		assertThat(problems(ProjectInput.of(ProjectKind.WORKS, 2101, "工事", APRIL, APRIL)))
			.extracting(FieldProblem::field).containsExactly("fiscalYear");
	}

	@Test
	void coordinatesComeAsAllFourOrNone() {
		ProjectInput onlyWest = withCoordinates("1365530", null, null, null);
		assertThat(problems(onlyWest)).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("eastLongitude", "northLatitude", "southLatitude");
		assertThat(problems(withCoordinates("1365530", "1365600", "350900", "350800"))).isEmpty();
	}

	@Test
	void eastMustNotLieWestOfWest() {
		assertThat(problems(withCoordinates("1365600", "1365530", "350800", "350900")))
			.extracting(FieldProblem::field).containsExactlyInAnyOrder("eastLongitude", "northLatitude");
	}

	@Test
	void fullWidthDigitsOfCodesAreAccepted() {
		ProjectInput typedWithIme = withCoordinates("１３６５５３０", "１３６５６００", "３５０９００", "３５０８００");
		ProjectInput clean = ProjectInputRules.normalize(typedWithIme);
		assertThat(clean.westLongitude()).isEqualTo("1365530");
		assertThat(ProjectInputRules.problems(clean, ProjectKind.WORKS)).isEmpty();
	}

	@Test
	void workTypeIsForWorksOnly() {
		ProjectInput service = new ProjectInput(ProjectKind.SERVICE, 2026, null, "測量業務", null, "土木一式工事", APRIL,
				APRIL, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
		assertThat(problems(service)).extracting(FieldProblem::field).containsExactly("workType");
	}

	@Test
	void lengthsAreCheckedInCharactersAndSaySoInJapanese() {
		ProjectInput tooLong = ProjectInput.of(ProjectKind.WORKS, 2026, "あ".repeat(128), APRIL, APRIL);
		assertThat(problems(tooLong)).extracting(FieldProblem::message)
			.containsExactly("工事名称は127文字以内で入力してください（現在128文字）。");
		assertThat(problems(ProjectInput.of(ProjectKind.WORKS, 2026, "あ".repeat(127), APRIL, APRIL))).isEmpty();
	}

	@Test
	void changedItemsAreNamed() {
		ProjectInput before = ProjectInput.of(ProjectKind.WORKS, 2026, "工事A", APRIL, APRIL);
		ProjectInput after = ProjectInput.of(ProjectKind.WORKS, 2026, "工事B", APRIL, APRIL.plusDays(1));
		assertThat(ProjectInputRules.changedItems(before, after, ProjectKind.WORKS)).containsExactly("工事名称", "工期終了日");
	}

	private static ProjectInput withCoordinates(String west, String east, String north, String south) {
		return new ProjectInput(ProjectKind.WORKS, 2026, null, "工事", null, null, APRIL, APRIL, null, null, west, east,
				north, south, null, null, null, null, null, null, null, null, null, null, null);
	}

	@Test
	void addressCodeWorkMethodsAndWaterRoutesAreCheckedAndCleaned() {
		ProjectInput typed = new ProjectInput(ProjectKind.WORKS, 2026, null, "工事", null, null, APRIL, APRIL, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, "０１４２７",
				" 農業土木 / 用排水路工 \n\n土木一式\t仮設工", "石狩川水系 夕張川\n\n");
		ProjectInput clean = ProjectInputRules.normalize(typed);
		assertThat(clean.addressCode()).as("full-width digits made half-width").isEqualTo("01427");
		assertThat(clean.workMethods()).isEqualTo("農業土木／用排水路工\n土木一式／仮設工");
		assertThat(clean.waterRoutes()).isEqualTo("石狩川水系 夕張川");
		assertThat(ProjectInputRules.problems(clean, ProjectKind.WORKS)).isEmpty();

		for (String bad : List.of("1427", "0142731", "01-427", "北海道")) {
			ProjectInput wrong = new ProjectInput(ProjectKind.WORKS, 2026, null, "工事", null, null, APRIL, APRIL, null,
					null, null, null, null, null, null, null, null, null, null, null, null, null, bad, null, null);
			assertThat(problems(wrong)).as(bad).singleElement().satisfies(problem -> {
				assertThat(problem.field()).isEqualTo("addressCode");
				assertThat(problem.message()).contains("住所コードは JIS X 0401/0402 の5桁または6桁");
			});
		}
		ProjectInput unpaired = new ProjectInput(ProjectKind.WORKS, 2026, null, "工事", null, null, APRIL, APRIL, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				"農業土木／用排水路工\n仮設工", null);
		assertThat(problems(unpaired)).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("workMethods");
			assertThat(problem.message()).contains("「工種／工法型式」の形").contains("「仮設工」の行");
		});
	}

	private static List<FieldProblem> problems(ProjectInput input) {
		ProjectInput clean = ProjectInputRules.normalize(input);
		return ProjectInputRules.problems(clean, clean.kind());
	}
}
