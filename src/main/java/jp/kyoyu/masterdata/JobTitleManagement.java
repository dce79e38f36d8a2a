package jp.kyoyu.masterdata;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.masterdata.MasterDataChanged.Change;
import jp.kyoyu.masterdata.MasterDataChanged.Kind;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.StaleVersionException;

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
		publish(jobTitle.id(), Change.CREATED, "役職「" + checked.name() + "」を登録しました");
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
		publish(id, Change.UPDATED, "役職「" + before + "」を「" + checked.name() + "」（表示順 " + checked.displayOrder()
				+ "）に変更しました");
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
		publish(id, Change.DELETED, "役職「" + jobTitle.toJobTitle().name() + "」を削除しました");
	}

	private JobTitleInput validate(JobTitleInput input, Long id) {
		InputProblems problems = new InputProblems();
		String name = problems.line("name", "役職名", input.name(), 50, true);
		Integer order = input.displayOrder();
		if (order != null && (order < 0 || order > MAX_ORDER)) {
			problems.add("displayOrder", "表示順は0から" + MAX_ORDER + "までの整数で入力してください。");
		}
		if (name != null && jobTitles.findByName(name).filter(other -> !other.id().equals(id)).isPresent()) {
			problems.add("name", "役職名「" + name + "」は既に登録されています。別の名称を入力してください。");
		}
		problems.throwIfAny();
		if (order == null) {
			order = Math.min(jobTitles.maxDisplayOrder() + 10, MAX_ORDER);
		}
		return new JobTitleInput(name, order);
	}

	private JobTitleEntity find(long id) {
		return jobTitles.findById(id).orElseThrow(() -> new NotFoundException("役職（ID " + id + "）は見つかりません。"));
	}

	private void publish(long id, Change change, String detail) {
		events.publishEvent(new MasterDataChanged(Kind.JOB_TITLE, Long.toString(id), change, detail));
	}
}
