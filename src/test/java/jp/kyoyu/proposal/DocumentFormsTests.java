package jp.kyoyu.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.kyoyu.project.ProjectKind;
import jp.kyoyu.shared.FieldProblem;

/** Every shipped form: registered, readable, and its server-side check accepts a good and refuses a bad example. */
class DocumentFormsTests {

	static final DocumentTypes TYPES = new DocumentTypes(new ObjectMapper());

	static final Map<String, Object> COMMON = Map.of("projectName", "用排水路改修工事", "proposerName", "現場 太郎",
			"proposalDate", "2026-05-01", "proposerSide", "CONTRACTOR", "contractorName", "株式会社共有建設");

	/** A complete example per type; the invalid one breaks one rule, named with its Japanese message. */
	static Stream<Arguments> examples() {
		return Stream.of(
				Arguments.of("worksMeetingRecord", Map.of("matter", "CONSULTATION", "content", "法面勾配の変更について協議します。"),
						"content", "", "「内容」を入力してください。"),
				Arguments.of("confirmationRequest",
						Map.of("requestKind", "ATTENDANCE", "subject", "鉄筋工", "requestedDate", "2026-05-10",
								"requestedTime", "09:30", "content", "配筋の立会をお願いします。"),
						"requestedTime", "9時半", "「希望時刻」の形式が正しくありません。（24時間制で 例: 09:30）"),
				Arguments.of("stageInspection",
						Map.of("workKind", "水路工", "stage", "床掘掘削完了時", "plannedDate", "2026-06-01", "checkMethod",
								"ON_SITE", "photosAttached", true),
						"checkMethod", "BY_PHONE", "「確認方法」は選択肢の中から選んでください。"),
				Arguments.of("materialConfirmation",
						Map.of("materialName", "生コンクリート", "specification", "18-8-40BB", "quantity", 120, "unit", "m3",
								"inspectionMethod", "DOCUMENTS", "deliveryDate", "2026-05-20"),
						"quantity", -1, "「数量」は0以上にしてください。"),
				Arguments.of("worksPerformanceReport",
						Map.of("reportMonth", "2026-05", "plannedProgress", 30, "actualProgress", 28.5, "workDone",
								"水路工 L=120m"),
						"actualProgress", 101, "「実施出来高（％）」は100以下にしてください。"),
				Arguments.of("serviceMeetingRecord",
						Map.of("meetingDate", "2026-05-12", "meetingMethod", "OTHER", "methodOther", "現地踏査",
								"agencyAttendees", "業務担当員 田中", "contractorAttendees", "管理技術者 佐藤", "content",
								"測量範囲を確認した。"),
						"meetingDate", "2026-02-30", "「打合せ日」は正しい日付（例: 2026-04-01）で入力してください。"),
				Arguments.of("servicePlanSubmission",
						Map.of("submissionKind", "INITIAL", "planContents", List.of("OVERVIEW", "SCHEDULE")),
						"planContents", List.of(), "「記載事項」を選んでください。"),
				Arguments.of("constructionPlan",
						Map.of("planKind", "INITIAL", "content", "工程、施工方法、安全管理を記載します。"),
						"planKind", "REVISED", "「提出の区分」は選択肢の中から選んでください。"),
				Arguments.of("holidayNightWork",
						Map.of("workKind", "NIGHT", "workDate", "2026-05-16", "workTime", "20:00〜翌5:00", "content",
								"交通規制のため夜間に舗装します。"),
						"workTime", "", "「作業時間」を入力してください。"),
				Arguments.of("accidentReport",
						Map.of("occurredOn", "2026-05-18", "place", "2号水路 No.12 付近", "content", "重機の接触で柵が破損した。"),
						"place", "", "「発生場所」を入力してください。"),
				Arguments.of("servicePerformanceReport",
						Map.of("reportMonth", "2026-05", "workDone", "現地測量 2.1km"),
						"workDone", "", "「主な業務内容」を入力してください。"),
				// issue #20: the rest of the 工事関係書類一覧表's list
				Arguments.of("constructionSystemRegister",
						Map.of("submissionKind", "INITIAL", "documents", List.of("REGISTER", "SYSTEM_CHART"),
								"subcontractors", "一次 株式会社水路工業（水路工）"),
						"documents", List.of("LEDGER"), "「提出する書類」は選択肢の中から選んでください。"),
				Arguments.of("suppliedMaterialReceipt",
						Map.of("receivedOn", "2026-05-20", "itemName", "鉄筋コンクリート管", "quantity", 12, "unit", "本",
								"condition", "GOOD"),
						"quantity", -3, "「数量」は0以上にしてください。"),
				Arguments.of("periodExtension",
						Map.of("periodEnd", "2026-12-25", "newPeriodEnd", "2027-01-29", "extensionDays", 35, "reason",
								"用地の引渡しが遅れたため。"),
						"extensionDays", 0, "「延期日数」は1以上にしてください。"),
				Arguments.of("creativityReport",
						Map.of("items", List.of("CREATIVITY", "SOCIAL"), "content", "法面に植生マットを試行した。"),
						"items", List.of(), "「評価項目」を選んでください。"),
				Arguments.of("verificationReport",
						Map.of("verifierName", "照査 花子", "verificationStage", "DETAIL", "result", "設計条件を照査し、誤りはなかった。"),
						"verifierName", "", "「照査技術者」を入力してください。"),
				Arguments.of("deliverableSubmission",
						Map.of("deliverables", "報告書、図面、数量計算書", "media", "BOTH", "copies", 2),
						"copies", 0, "「部数」は1以上にしてください。"),
				Arguments.of("serviceCompletionReport",
						Map.of("finishedOn", "2027-02-26", "summary", "測量設計を完了した。"),
						"finishedOn", "2027-02-30", "「業務を完了した日」は正しい日付（例: 2026-04-01）で入力してください。"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void eachFormAcceptsAValidExampleAndNamesTheBrokenField(String type, Map<String, Object> specific, String field,
			Object badValue, String message) {
		Map<String, Object> valid = new HashMap<>(COMMON);
		valid.putAll(specific);
		assertThat(check(type, valid)).isEmpty();

		Map<String, Object> invalid = new HashMap<>(valid);
		invalid.put(field, badValue);
		assertThat(check(type, invalid)).containsExactly(new FieldProblem(field, message));
	}

	@Test
	void everyRegisteredTypeHasAFormAndAllEighteenAreShipped() {
		assertThat(TYPES.all()).extracting(DocumentType::name)
			.containsExactly("工事打合せ簿", "確認・立会願", "段階確認書", "材料確認願", "工事履行報告書", "施工計画書", "休日・夜間作業届",
					"工事事故報告書（速報）", "施工体制台帳・施工体系図 提出", "支給品受領書", "工期延期届", "創意工夫・社会性等に関する実施状況",
					"打合せ記録簿", "業務計画書提出", "履行報告書", "照査報告書", "成果品 提出", "業務完了報告");
		assertThat(TYPES.of(ProjectKind.SERVICE)).extracting(DocumentType::key)
			.containsExactly("serviceMeetingRecord", "servicePlanSubmission", "servicePerformanceReport",
					"verificationReport", "deliverableSubmission", "serviceCompletionReport");
		assertThat(examples()).hasSameSizeAs(TYPES.all());
		assertThat(TYPES.formJson("worksMeetingRecord")).contains("\"schemaVersion\": 16");
	}

	@Test
	void aFieldHiddenByASimpleConditionIsNotRequiredUntilShown() {
		Map<String, Object> data = new HashMap<>(COMMON);
		data.putAll(Map.of("meetingDate", "2026-05-12", "meetingMethod", "ONLINE", "agencyAttendees", "田中",
				"contractorAttendees", "佐藤", "content", "確認"));
		assertThat(check("serviceMeetingRecord", data)).isEmpty();
		data.put("meetingMethod", "OTHER");
		assertThat(check("serviceMeetingRecord", data))
			.containsExactly(new FieldProblem("methodOther", "「その他の方式」を入力してください。"));
	}

	/** 施工計画書（変更）/ 業務計画書（変更） are the 変更 of their type's 提出の区分: then the reason is required. */
	@Test
	void aChangedPlanNeedsItsReason() {
		for (String[] plan : new String[][] { { "constructionPlan", "planKind" }, { "servicePlanSubmission", "submissionKind" },
				{ "constructionSystemRegister", "submissionKind" } }) {
			Map<String, Object> data = new HashMap<>(COMMON);
			data.putAll(Map.of("content", "工程を変更します。", "planContents", List.of("SCHEDULE"), "documents",
					List.of("REGISTER"), "subcontractors", "一次 株式会社水路工業"));
			data.put(plan[1], "CHANGE");
			assertThat(check(plan[0], data)).as(plan[0])
				.containsExactly(new FieldProblem("changeReason", "「変更の理由」を入力してください。"));
			data.put("changeReason", "施工方法の変更に伴い工程を見直すため。");
			assertThat(check(plan[0], data)).as(plan[0]).isEmpty();
		}
	}

	@Test
	void theAnswerPartIsNotRequiredButStillChecked() {
		Map<String, Object> data = new HashMap<>(COMMON);
		data.putAll(Map.of("matter", "NOTICE", "content", "通知します。"));
		assertThat(check("worksMeetingRecord", data)).isEmpty();
		data.put("answerDate", "来週");
		assertThat(check("worksMeetingRecord", data)).extracting(FieldProblem::field).containsExactly("answerDate");
	}

	/** Issue #22: a time is written as people write it; 9:30 was refused for lacking a leading zero. */
	@Test
	void aTimeIsAcceptedWithOrWithoutTheLeadingZeroButNotPastTheDay() {
		Map<String, Object> data = new HashMap<>(COMMON);
		data.putAll(Map.of("requestKind", "ATTENDANCE", "subject", "鉄筋工", "requestedDate", "2026-05-10",
				"content", "配筋の立会をお願いします。"));
		for (String time : List.of("9:30", "09:30", "0:00", "23:59")) {
			data.put("requestedTime", time);
			assertThat(check("confirmationRequest", data)).as(time).isEmpty();
		}
		for (String time : List.of("24:00", "9:60", "930", "9:3")) {
			data.put("requestedTime", time);
			assertThat(check("confirmationRequest", data)).as(time).extracting(FieldProblem::field)
				.containsExactly("requestedTime");
		}
	}

	@Test
	void tooLongTextAndWrongTypesAreNamedInJapanese() {
		Map<String, Object> data = new HashMap<>(COMMON);
		data.putAll(Map.of("matter", List.of("NOTICE"), "content", "あ".repeat(4001), "attachmentCount", "三"));
		assertThat(check("worksMeetingRecord", data)).extracting(FieldProblem::message).containsExactly(
				"「発議事項」は選択肢の中から選んでください。", "「内容」は4000文字以内で入力してください（今は4001文字です）。",
				"「添付図（葉）・その他添付図書」は半角の数字で入力してください。");
	}

	private static List<FieldProblem> check(String type, Map<String, Object> data) {
		DocumentType documentType = TYPES.find(type).orElseThrow();
		return FormValidator.problems(TYPES.schema(type), data, Set.copyOf(documentType.answerFields()));
	}
}
