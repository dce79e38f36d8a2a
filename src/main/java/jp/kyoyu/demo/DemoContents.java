package jp.kyoyu.demo;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import jp.kyoyu.document.DocumentInput;
import jp.kyoyu.document.DocumentManagement;
import jp.kyoyu.document.FolderView;
import jp.kyoyu.document.NewFile;
import jp.kyoyu.document.PhotoInput;
import jp.kyoyu.proposal.ApprovalAction;
import jp.kyoyu.proposal.AttachmentKind;
import jp.kyoyu.proposal.ProposalAttachments;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.workflow.RouteRole;
import jp.kyoyu.workflow.RouteStep;
import jp.kyoyu.workflow.SubmitRequest;
import jp.kyoyu.workflow.TaskCompletion;
import jp.kyoyu.workflow.WorkflowManagement;
import jp.kyoyu.workflow.WorkflowTask;

/**
 * What the demo projects hold: approved proposals with attachments (drafted, submitted and approved through the
 * real services and Camunda, then filed by the document module as for any user), photos, and documents in the
 * template folders. Why: a newcomer's first export (書類の出力, the deliverable, the inspection package) should
 * produce something worth opening instead of empty folders or the checker's refusal (issue #20).
 * <p>
 * Every title and file name keeps to the deliverable's character rules (JIS X 0208, no ①), so the checker passes.
 */
@Component
class DemoContents {

	private final ProposalManagement proposals;

	private final ProposalAttachments attachments;

	private final WorkflowManagement workflow;

	private final DocumentManagement documents;

	/** Japan's clock: answer dates are counted from today in Japan, whatever zone the server runs in. */
	private final Clock clock;

	DemoContents(ProposalManagement proposals, ProposalAttachments attachments, WorkflowManagement workflow,
			DocumentManagement documents, Clock clock) {
		this.proposals = proposals;
		this.attachments = attachments;
		this.workflow = workflow;
		this.documents = documents;
		this.clock = clock;
	}

	void fillWorks(long projectId) {
		long first = proposals.create(projectId, "worksMeetingRecord", "床掘り深さの変更について",
				Map.of("matter", "CONSULTATION", "content", "No.12〜No.18 区間で湧水が多く、床掘り深さを 0.2m 深くすることを協議します。"),
				"genba").id();
		attach(first, "床掘り断面図.pdf", DemoFiles.pdf("床掘り断面図", "No.12〜No.18 の床掘り断面（変更前・変更後）"),
				AttachmentKind.DRAWING, "genba");
		approve(first, "genba", "kantoku");
		long second = proposals.create(projectId, "worksMeetingRecord", "使用材料（プレキャストU字溝）の提出",
				Map.of("matter", "SUBMISSION", "content", "プレキャストU字溝 B600〜B900 の製品資料と試験成績表を提出します。"),
				"genba").id();
		attach(second, "製品資料.pdf", DemoFiles.pdf("製品資料", "プレキャストU字溝 B600〜B900"), AttachmentKind.DOCUMENT,
				"genba");
		approve(second, "genba", "kantoku");

		register(projectId, "PLAN", "施工計画書（第1回）", "施工計画書", "2026-06-05", "genba",
				pdf("施工計画書.pdf", "施工計画書", "工事概要、計画工程表、現場組織表、安全管理、仮設計画"));
		register(projectId, "QUALITY", "コンクリート圧縮強度試験結果", "品質管理資料", "2026-08-20", "genba",
				pdf("圧縮強度試験.pdf", "コンクリート圧縮強度試験結果", "分水工 No.1〜No.4 の基礎コンクリート"));
		// with the metadata PHOTO.XML takes (issue #20), so the first deliverable export carries it
		long before = register(projectId, "PHOTO", "着手前 全景", "写真", "2026-06-10", "genba",
				jpeg("着手前 全景.jpg", new Color(120, 150, 90)));
		documents.changePhoto(before, new PhotoInput("着手前及び完成写真", "水路工", "開水路", "着手前", "着手前 全景（起点側）",
				true, true, "2026-06-10"), "genba");
		long excavation = register(projectId, "PHOTO", "床掘り状況 No.12", "写真", "2026-07-02", "genba",
				jpeg("床掘り状況.jpg", new Color(140, 110, 80)));
		documents.changePhoto(excavation, new PhotoInput("施工状況写真", "土工", "掘削工", "床掘り", "床掘り状況 No.12",
				false, true, "2026-07-02"), "genba");
		register(projectId, "DRAWINGF", "完成平面図", "図面", "2027-03-01", "genba",
				pdf("完成平面図.pdf", "完成平面図", "用排水路 L=1,250m、分水工 4箇所"));
		register(projectId, "OTHRS", "建設副産物 実施書", "その他", "2027-03-05", "genba",
				pdf("副産物実施書.pdf", "建設副産物 実施書", "コンクリート殻、アスファルト殻の処理実績"));
	}

	void fillService(long projectId) {
		long report = proposals.create(projectId, "servicePerformanceReport", "履行報告書（7月分）",
				Map.of("reportMonth", "2026-07", "workDone", "基準点測量 12点、現地測量 A=35.2ha のうち 20ha"), "gyomu").id();
		attach(report, "工程表.pdf", DemoFiles.pdf("工程表", "7月末時点の進捗"), AttachmentKind.DOCUMENT, "gyomu");
		approve(report, "gyomu", "tanto");

		register(projectId, "REPORT", "実施設計報告書", "報告書", "2027-02-20", "gyomu",
				pdf("報告書.pdf", "実施設計報告書", "区画整理・用排水路の実施設計"));
		register(projectId, "DRAWING", "区画割平面図", "図面", "2027-02-20", "gyomu",
				pdf("区画割平面図.pdf", "区画割平面図", "ほ場整備 A=35.2ha"));
		long benchmark = register(projectId, "PHOTO", "基準点 No.3 設置状況", "写真", "2026-06-18", "gyomu",
				jpeg("基準点設置.jpg", new Color(110, 140, 95)));
		documents.changePhoto(benchmark, new PhotoInput("その他", "測量", "基準点測量", "4級基準点", "基準点 No.3 設置状況",
				true, false, "2026-06-18"), "gyomu");
		register(projectId, "SURVEY", "基準点測量成果表", "測量成果", "2026-07-10", "gyomu",
				pdf("基準点成果表.pdf", "基準点測量成果表", "4級基準点 12点"));
		register(projectId, "MEET", "打合せ記録（第1回）", "打合せ記録", "2026-05-20", "gyomu",
				pdf("打合せ記録.pdf", "打合せ記録（第1回）", "業務計画、貸与資料の確認"));
	}

	private void attach(long proposalId, String name, byte[] content, AttachmentKind kind, String userId) {
		attachments.add(proposalId, new ByteArrayInputStream(content), name, "application/pdf", kind, userId);
	}

	/** Submitted by the author with one approver, who approves: the route a small proposal takes. */
	private void approve(long proposalId, String author, String approver) {
		workflow.submit(proposalId, new SubmitRequest(List.of(new RouteStep(approver, null, RouteRole.APPROVER)),
				LocalDate.now(clock).plusDays(7), null, "ご確認をお願いします。"), author);
		WorkflowTask task = workflow.tasksOf(approver)
			.stream()
			.filter(t -> t.proposalId() == proposalId)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no approval task for demo proposal " + proposalId));
		workflow.complete(task.id(), new TaskCompletion(ApprovalAction.APPROVE, "了解しました。", null, null), approver);
	}

	private long register(long projectId, String folderCode, String title, String category, String date,
			String userId, NewFile file) {
		FolderView folder = documents.folders(projectId, userId)
			.stream()
			.filter(f -> folderCode.equals(f.code()) && f.parentId() == null)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no template folder " + folderCode));
		return documents.register(folder.id(), new DocumentInput(title, category, date, List.of()), List.of(file), userId)
			.id();
	}

	private static NewFile pdf(String name, String title, String body) {
		return new NewFile(new ByteArrayInputStream(DemoFiles.pdf(title, body)), name, "application/pdf");
	}

	private static NewFile jpeg(String name, Color ground) {
		return new NewFile(new ByteArrayInputStream(DemoFiles.jpeg(ground)), name, "image/jpeg");
	}
}
