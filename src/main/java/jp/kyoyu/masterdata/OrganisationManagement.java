package jp.kyoyu.masterdata;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.masterdata.MasterDataChanged.Change;
import jp.kyoyu.masterdata.MasterDataChanged.Kind;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.StaleVersionException;

/** Registers, changes and deletes organisations (組織) of both sides. */
@Service
@Transactional
public class OrganisationManagement {

	private final OrganisationRepository organisations;

	private final AgencyRepository agencies;

	private final ApplicationEventPublisher events;

	OrganisationManagement(OrganisationRepository organisations, AgencyRepository agencies,
			ApplicationEventPublisher events) {
		this.organisations = organisations;
		this.agencies = agencies;
		this.events = events;
	}

	/** All organisations: the agency side first, then by agency and name. */
	@Transactional(readOnly = true)
	public List<Organisation> findAll() {
		Map<Long, String> agencyNames = agencies.findAll().stream()
			.collect(Collectors.toMap(AgencyEntity::id, agency -> agency.toAgency().name()));
		return organisations.findAll().stream()
			.map(organisation -> toOrganisation(organisation, agencyNames.get(organisation.agencyId())))
			.sorted(Comparator.comparing(Organisation::kind)
				.thenComparing(Organisation::agencyName, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Organisation::name))
			.toList();
	}

	@Transactional(readOnly = true)
	public Organisation get(long id) {
		OrganisationEntity organisation = find(id);
		return toOrganisation(organisation, agencyName(organisation.agencyId()));
	}

	public Organisation create(OrganisationInput input) {
		OrganisationInput checked = validate(input, null);
		OrganisationEntity organisation = organisations.save(new OrganisationEntity(checked));
		publish(organisation.id(), Change.CREATED, "組織「" + checked.name() + "」を登録しました");
		return toOrganisation(organisation, agencyName(checked.agencyId()));
	}

	public Organisation update(long id, OrganisationInput input) {
		return update(id, null, input);
	}

	/** {@link #update} refused with {@link StaleVersionException} unless the record is still at {@code version}. */
	public Organisation update(long id, Long version, OrganisationInput input) {
		OrganisationEntity organisation = find(id);
		StaleVersionException.check(organisation.version(), version);
		String before = organisation.name();
		OrganisationInput checked = validate(input, id);
		organisation.change(checked);
		publish(id, Change.UPDATED, "組織「" + before + "」を変更しました（名称「" + checked.name() + "」）");
		StaleVersionException.flushing(organisations::flush);
		return toOrganisation(organisation, agencyName(checked.agencyId()));
	}

	public void delete(long id) {
		delete(id, null);
	}

	/** {@link #delete} refused with {@link StaleVersionException} unless the record is still at {@code version}. */
	public void delete(long id, Long version) {
		OrganisationEntity organisation = find(id);
		StaleVersionException.check(organisation.version(), version);
		organisations.delete(organisation);
		publish(id, Change.DELETED, "組織「" + organisation.name() + "」を削除しました");
	}

	private OrganisationInput validate(OrganisationInput input, Long id) {
		InputProblems problems = new InputProblems();
		String name = problems.line("name", "組織名", input.name(), 100, true);
		OrganisationKind kind = problems.required("kind", "区分（発注者・受注者）を選んでください。", input.kind());
		if (input.agencyId() != null && !agencies.existsById(input.agencyId())) {
			problems.add("agencyId", "選んだ発注機関は登録されていません。一覧から選び直してください。");
		}
		if (name != null && organisations.findByName(name).filter(other -> !other.id().equals(id)).isPresent()) {
			problems.add("name", "組織名「" + name + "」は既に登録されています。別の名称を入力してください。");
		}
		problems.throwIfAny();
		return new OrganisationInput(name, kind, input.agencyId());
	}

	private OrganisationEntity find(long id) {
		return organisations.findById(id).orElseThrow(() -> new NotFoundException("組織（ID " + id + "）は見つかりません。"));
	}

	private String agencyName(Long agencyId) {
		return agencyId == null ? null
				: agencies.findById(agencyId).map(agency -> agency.toAgency().name()).orElse(null);
	}

	private static Organisation toOrganisation(OrganisationEntity organisation, String agencyName) {
		return new Organisation(organisation.id(), organisation.name(), organisation.kind(), organisation.agencyId(),
				agencyName, organisation.version());
	}

	private void publish(long id, Change change, String detail) {
		events.publishEvent(new MasterDataChanged(Kind.ORGANISATION, Long.toString(id), change, detail));
	}
}
