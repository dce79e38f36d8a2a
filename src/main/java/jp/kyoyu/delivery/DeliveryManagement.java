package jp.kyoyu.delivery;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jp.kyoyu.project.ProjectDetails;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/**
 * Exports of a project's documents (C6.1, S6.1, G-6, G-7), for its members only: anybody else is answered as
 * if the project or export did not exist. {@link #start} records the job and hands it to the background; the
 * caller polls {@link #view}.
 */
@Service
@Transactional
public class DeliveryManagement {

	static final String NOT_FOUND = "delivery.export.not-found";

	private final ExportJobRepository jobs;

	private final ExportJobs views;

	private final ExportRunner runner;

	private final ProjectManagement projects;

	private final DeliverySettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ExportSource source;

	private final DeliveryProfiles profiles;

	private final ResultStore stored;

	DeliveryManagement(ExportJobRepository jobs, ExportJobs views, ExportRunner runner, ProjectManagement projects,
			DeliverySettings settings, ApplicationEventPublisher events, Clock clock, ExportSource source,
			DeliveryProfiles profiles, ResultStore stored) {
		this.stored = stored;
		this.source = source;
		this.profiles = profiles;
		this.jobs = jobs;
		this.views = views;
		this.runner = runner;
		this.projects = projects;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** Starts an export in the background; answers its id. */
	public long start(long projectId, ExportRequest request, String userId) {
		member(projectId, userId);
		if (request.kind() == null) {
			throw new InvalidInputException("kind", Wording.of("delivery.request.kind-missing"));
		}
		if (request.destination() == ExportDestination.SERVER_DIRECTORY && settings.mediaDirectory() == null) {
			throw new InvalidInputException("destination", Wording.of("delivery.request.no-media-directory"));
		}
		if (ExportJobs.folderIds(request.folderIds()).length() > 4000) {
			throw new InvalidInputException("folderIds", Wording.of("delivery.request.too-many-folders"));
		}
		if (request.overrideReason() != null && request.overrideReason().length() > 1000) {
			throw new InvalidInputException(List.of(new FieldProblem("overrideReason", Wording.of("delivery.request.reason-too-long"))));
		}
		ExportJob job = jobs.save(new ExportJob(projectId, request.kind(), request.destination(),
				ExportJobs.folderIds(request.folderIds()), request.overrideReason(), userId, clock.instant()));
		events.publishEvent(new ExportRequested(job.id(), projectId, request.kind(), request.destination()));
		long id = job.id();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				runner.submit(id);
			}
		});
		return id;
	}

	@Transactional(readOnly = true)
	public ExportView view(long exportId, String userId) {
		return views.view(visible(exportId, userId));
	}

	/** The project's latest exports, newest first. */
	@Transactional(readOnly = true)
	public List<ExportView> recent(long projectId, String userId) {
		member(projectId, userId);
		return jobs.findTop20ByProjectIdOrderByCreatedAtDesc(projectId).stream().map(views::view).toList();
	}

	/** The finished ZIP of a download export; 404 while running, after a failure or once cleaned up. */
	@Transactional(readOnly = true)
	public ExportResult result(long exportId, String userId) {
		ExportJob job = visible(exportId, userId);
		ExportView view = views.view(job);
		if (!view.downloadable()) {
			throw new NotFoundException(Wording.of("delivery.export.no-file"));
		}
		return stored.download(job).map(content -> new ExportResult(view.resultName(), content))
			.orElseThrow(() -> new NotFoundException(Wording.of("delivery.export.no-file")));
	}

	/**
	 * A file of a finished inspection package for browsing it online (G-7), by its path inside the package;
	 * 404 for anything outside it.
	 */
	@Transactional(readOnly = true)
	public Resource inspectionFile(long exportId, String path, String userId) {
		ExportJob job = visible(exportId, userId);
		if (!views.view(job).browsable()) {
			throw new NotFoundException(Wording.of("delivery.inspection.file-not-found"));
		}
		return stored.siteFile(job, path.isEmpty() ? "index.html" : path)
			.orElseThrow(() -> new NotFoundException(Wording.of("delivery.inspection.file-not-found")));
	}

	/**
	 * The documents the project's electronic deliverable would leave out because no folder of its profile takes
	 * them (issue #20: warned on the export page <em>before</em> an export, not only in the checker's list after).
	 * Each is a {@link ExportProblem.Kind#NOTE} with the Kyoyu folder as location.
	 */
	@Transactional(readOnly = true)
	public List<ExportProblem> leftOutOfDeliverable(long projectId, String userId) {
		member(projectId, userId);
		ProjectDetails project = projects.get(projectId, userId);
		return DeliverableLayout.leftOut(profiles.forKind(project.kind()), source.tree(projectId, List.of(), userId));
	}

	/**
	 * Values the deliverable would leave empty where the profile asks for a warning ({@code warn-if-empty}, e.g. a
	 * photo without 写真区分): shown on the export page before an export; they do not refuse it.
	 */
	@Transactional(readOnly = true)
	public List<ExportProblem> unenteredInDeliverable(long projectId, String userId) {
		member(projectId, userId);
		ProjectDetails project = projects.get(projectId, userId);
		return UnenteredValues.of(profiles.forKind(project.kind()), project, source.tree(projectId, List.of(), userId));
	}

	/** Whether "write to the server" is offered. */
	@Transactional(readOnly = true)
	public boolean mediaDirectoryConfigured() {
		return settings.mediaDirectory() != null;
	}

	private ExportJob visible(long exportId, String userId) {
		ExportJob job = jobs.findById(exportId).orElseThrow(() -> new NotFoundException(Wording.of(NOT_FOUND)));
		if (!projects.isMember(job.projectId(), userId)) {
			throw new NotFoundException(Wording.of(NOT_FOUND));
		}
		return job;
	}

	private void member(long projectId, String userId) {
		if (!projects.isMember(projectId, userId)) {
			throw new NotFoundException(Wording.of("delivery.project.not-found"));
		}
	}
}
