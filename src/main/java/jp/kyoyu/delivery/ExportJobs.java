package jp.kyoyu.delivery;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.kyoyu.shared.Wording;

/** The job rows: ending a job (with its event), and turning a row into what users see. */
@Component
class ExportJobs {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ExportJobRepository jobs;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ExportJobs(ExportJobRepository jobs, ApplicationEventPublisher events, Clock clock) {
		this.jobs = jobs;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	void finish(ExportJob detached, ExportStatus status, List<ExportProblem> problems, String resultName,
			String resultPath) {
		ExportJob job = jobs.findById(detached.id()).orElseThrow();
		job.finish(status, write(problems), resultName, resultPath, clock.instant());
		String summary = status == ExportStatus.DONE ? resultName
				: Wording.japanese("delivery.audit.problem-count", problems.stream().filter(ExportProblem::blocking).count());
		events.publishEvent(new ExportFinished(job.id(), job.projectId(), job.kind(), status, job.requestedBy(), summary));
	}

	ExportView view(ExportJob job) {
		return new ExportView(job.id(), job.projectId(), job.kind(), folderIds(job.folderIds()), job.destination(), job.status(), job.progress(),
				read(job.problems()), job.overrideReason(), job.resultName(),
				job.kind() == ExportKind.INSPECTION && job.status() == ExportStatus.DONE, job.requestedBy(),
				job.createdAt(), job.finishedAt());
	}

	static String folderIds(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	static List<Long> folderIds(String stored) {
		return stored == null || stored.isBlank() ? List.of()
				: Arrays.stream(stored.split(",")).map(Long::valueOf).toList();
	}

	private static String write(List<ExportProblem> problems) {
		try {
			return JSON.writeValueAsString(problems);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<ExportProblem> read(String stored) {
		if (stored == null) {
			return List.of();
		}
		try {
			return JSON.readValue(stored, new TypeReference<List<ExportProblem>>() {
			});
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
