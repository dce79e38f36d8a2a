package jp.kyoyu.masterdata;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.masterdata.MasterDataChanged.Change;
import jp.kyoyu.masterdata.MasterDataChanged.Kind;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.StaleVersionException;

/** Registers, changes and deletes ordering agencies (発注機関). */
@Service
@Transactional
public class AgencyManagement {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,19}");

	private final AgencyRepository agencies;

	private final OrganisationRepository organisations;

	private final ApplicationEventPublisher events;

	AgencyManagement(AgencyRepository agencies, OrganisationRepository organisations, ApplicationEventPublisher events) {
		this.agencies = agencies;
		this.organisations = organisations;
		this.events = events;
	}

	/** All agencies, by code. */
	@Transactional(readOnly = true)
	public List<Agency> findAll() {
		return agencies.findAll(Sort.by("code")).stream().map(AgencyEntity::toAgency).toList();
	}

	@Transactional(readOnly = true)
	public Agency get(long id) {
		return find(id).toAgency();
	}

	public Agency create(AgencyInput input) {
		AgencyInput checked = validate(input, null);
		AgencyEntity agency = agencies.save(new AgencyEntity(checked.name(), checked.code()));
		publish(agency.id(), Change.CREATED, "発注機関「" + checked.name() + "」（" + checked.code() + "）を登録しました");
		return agency.toAgency();
	}

	public Agency update(long id, AgencyInput input) {
		return update(id, null, input);
	}

	/** {@link #update} refused with {@link StaleVersionException} unless the record is still at {@code version}. */
	public Agency update(long id, Long version, AgencyInput input) {
		AgencyEntity agency = find(id);
		StaleVersionException.check(agency.version(), version);
		Agency before = agency.toAgency();
		AgencyInput checked = validate(input, id);
		agency.change(checked.name(), checked.code());
		publish(id, Change.UPDATED, "発注機関「" + before.name() + "」（" + before.code() + "）を「" + checked.name()
				+ "」（" + checked.code() + "）に変更しました");
		StaleVersionException.flushing(agencies::flush);
		return agency.toAgency();
	}

	/** Deletes an agency that no organisation refers to. */
	public void delete(long id) {
		delete(id, null);
	}

	/** {@link #delete} refused with {@link StaleVersionException} unless the record is still at {@code version}. */
	public void delete(long id, Long version) {
		AgencyEntity agency = find(id);
		StaleVersionException.check(agency.version(), version);
		long users = organisations.countByAgencyId(id);
		if (users > 0) {
			throw new InvalidInputException(null, "この発注機関は" + users
					+ "件の組織に設定されているため削除できません。先に組織の発注機関を変更するか、組織を削除してください。");
		}
		agencies.delete(agency);
		publish(id, Change.DELETED, "発注機関「" + agency.toAgency().name() + "」を削除しました");
	}

	private AgencyInput validate(AgencyInput input, Long id) {
		InputProblems problems = new InputProblems();
		String name = problems.line("name", "発注機関名", input.name(), 100, true);
		String code = problems.line("code", "機関コード", input.code(), 20, true);
		if (code != null && !problems.has("code") && !CODE.matcher(code).matches()) {
			problems.add("code", "機関コードは半角英数字・ハイフン・アンダースコアで、英数字から始めて入力してください（例: chubu-01）。");
		}
		if (name != null && agencies.findByName(name).filter(other -> !other.id().equals(id)).isPresent()) {
			problems.add("name", "発注機関名「" + name + "」は既に登録されています。別の名称を入力してください。");
		}
		if (code != null && agencies.findByCode(code).filter(other -> !other.id().equals(id)).isPresent()) {
			problems.add("code", "機関コード「" + code + "」は既に使われています。別のコードを入力してください。");
		}
		problems.throwIfAny();
		return new AgencyInput(name, code);
	}

	private AgencyEntity find(long id) {
		return agencies.findById(id).orElseThrow(() -> new NotFoundException("発注機関（ID " + id + "）は見つかりません。"));
	}

	private void publish(long id, Change change, String detail) {
		events.publishEvent(new MasterDataChanged(Kind.AGENCY, Long.toString(id), change, detail));
	}
}
