package jp.kyoyu.delivery;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One requested export and where it stands; the result file's path is relative to the export directory. */
@Entity
@Table(name = "delivery_export")
class ExportJob {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long projectId;

	@Enumerated(EnumType.STRING)
	private ExportKind kind;

	@Enumerated(EnumType.STRING)
	private ExportDestination destination;

	private String folderIds;

	@Enumerated(EnumType.STRING)
	private ExportStatus status;

	private int progress;

	private String problems;

	private String overrideReason;

	private String resultName;

	private String resultPath;

	private String requestedBy;

	private Instant createdAt;

	private Instant finishedAt;

	/** Touched by the running node every {@link ExportRunner#HEARTBEAT}; null on rows older than the column. */
	private Instant heartbeatAt;

	/** When the housekeeping deleted the results past {@code kyoyu.delivery.keep}; null while they may be there. */
	private Instant resultsDeletedAt;

	protected ExportJob() {
	}

	ExportJob(long projectId, ExportKind kind, ExportDestination destination, String folderIds, String overrideReason,
			String requestedBy, Instant now) {
		this.projectId = projectId;
		this.kind = kind;
		this.destination = destination;
		this.folderIds = folderIds;
		this.overrideReason = overrideReason;
		this.requestedBy = requestedBy;
		this.status = ExportStatus.RUNNING;
		this.createdAt = now;
		this.heartbeatAt = now;
	}

	void finish(ExportStatus status, String problemsJson, String resultName, String resultPath, Instant now) {
		this.status = status;
		this.problems = problemsJson;
		this.resultName = resultName;
		this.resultPath = resultPath;
		this.progress = status == ExportStatus.DONE ? 100 : progress;
		this.finishedAt = now;
	}

	/** When a node last said it is still on this job (queued or running). */
	Instant lastSign() {
		return heartbeatAt == null ? createdAt : heartbeatAt;
	}

	Long id() {
		return id;
	}

	Instant resultsDeletedAt() {
		return resultsDeletedAt;
	}

	long projectId() {
		return projectId;
	}

	ExportKind kind() {
		return kind;
	}

	ExportDestination destination() {
		return destination;
	}

	String folderIds() {
		return folderIds;
	}

	ExportStatus status() {
		return status;
	}

	int progress() {
		return progress;
	}

	String problems() {
		return problems;
	}

	String overrideReason() {
		return overrideReason;
	}

	String resultName() {
		return resultName;
	}

	String resultPath() {
		return resultPath;
	}

	String requestedBy() {
		return requestedBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant finishedAt() {
		return finishedAt;
	}
}
