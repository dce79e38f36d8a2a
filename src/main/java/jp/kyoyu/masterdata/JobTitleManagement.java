package jp.kyoyu.masterdata;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.masterdata.MasterDataChanged.Change;
import jp.kyoyu.masterdata.MasterDataChanged.Kind;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.StaleVersionException;
import jp.kyoyu.shared.Wording;

/** Registers, changes and deletes job titles (役職) and their order in lists. */
@Service
@Transactional
public class JobTitleManagement {

	static final int MAX_ORDER = 9999;

	private final JobTitleRepository jobTitles;

	private final ApplicationEventPublisher events;

	JobTitleManagement(JobTitleRepository jobTitles, ApplicationEventPublisher events) {
		this.jobTitles = jobTitles;
		this.events = events;
	}

	/** All job titles in display order. */
	@Transactional(readOnly = true)
	public List<JobTitle> findAll() {
		return jobTitles.findAllByOrderByDisplayOrderAscNameAsc().stream().map(JobTitleEntity::toJobTitle).toList();
	}

	@Transactional(readOnly = true)
	public JobTitle get(long id) {
		return find(id).toJobTitle();
	}

	public JobTitle create(JobTitleInput input) {
		JobTitleInput checked = validate(input, null);
		JobTitleEntity jobTitle = jobTitles.save(new JobTitleEntity(checked.name(), checked.displayOrder()));
		publish(jobTitle.id(), Change.CREATED, Wording.japanese("masterdata.audit.job-title.created", checked.name()));
		return jobTitle.toJobTitle();
	}

	public JobTitle update(long id, JobTitleInput input) {
		return update(id, null, input);
	}

	/** {@link #update} refused with {@link StaleVersionException} unless the record is still at {@code version}. */
	public JobTitle update(long id, Long version, JobTitleInput input) {
		JobTitleEntity jobTitle = find(id);
		StaleVersionException.check(jobTitle.version(), version);
		String before = jobTitle.toJobTitle().name();
		JobTitleInput checked = validate(input, id);
		jobTitle.change(checked.name(), checked.displayOrder());
		publish(id, Change.UPDATED, Wording.japanese("masterdata.audit.job-title.updated", before, checked.name(),
				checked.displayOrder()));
		StaleVersionException.flushing(jobTitles::flush);
		return jobTitle.toJobTitle();
	}

	public void delete(long id) {
		delete(id, null);
	}

	/** {@link #delete} refused with {@link StaleVersionException} unless the record is still at {@code version}. */
	public void delete(long id, Long version) {
		JobTitleEntity jobTitle = find(id);
		StaleVersionException.check(jobTitle.version(), version);
		jobTitles.delete(jobTitle);
		publish(id, Change.DELETED, Wording.japanese("masterdata.audit.job-title.deleted", jobTitle.toJobTitle().name()));
	}

	private JobTitleInput validate(JobTitleInput input, Long id) {
		InputProblems problems = new InputProblems();
		String name = problems.line("name", Wording.of("masterdata.label.job-title-name"), input.name(), 50, true);
		Integer order = input.displayOrder();
		if (order != null && (order < 0 || order > MAX_ORDER)) {
			problems.add("displayOrder", Wording.of("masterdata.job-title.order-out-of-range", MAX_ORDER));
		}
		if (name != null && jobTitles.findByName(name).filter(other -> !other.id().equals(id)).isPresent()) {
			problems.add("name", Wording.of("masterdata.job-title.name-taken", name));
		}
		problems.throwIfAny();
		if (order == null) {
			order = Math.min(jobTitles.maxDisplayOrder() + 10, MAX_ORDER);
		}
		return new JobTitleInput(name, order);
	}

	private JobTitleEntity find(long id) {
		return jobTitles.findById(id).orElseThrow(() -> new NotFoundException(Wording.of("masterdata.job-title.not-found", id)));
	}

	private void publish(long id, Change change, String detail) {
		events.publishEvent(new MasterDataChanged(Kind.JOB_TITLE, Long.toString(id), change, detail));
	}
}
