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
import jp.kyoyu.shared.Wording;

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
		publish(organisation.id(), Change.CREATED, Wording.japanese("masterdata.audit.organisation.created", checked.name()));
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
		publish(id, Change.UPDATED, Wording.japanese("masterdata.audit.organisation.updated", before, checked.name()));
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
		publish(id, Change.DELETED, Wording.japanese("masterdata.audit.organisation.deleted", organisation.name()));
	}

	private OrganisationInput validate(OrganisationInput input, Long id) {
		InputProblems problems = new InputProblems();
		String name = problems.line("name", Wording.of("masterdata.label.organisation-name"), input.name(), 100, true);
		OrganisationKind kind = problems.required("kind", Wording.of("masterdata.organisation.kind-missing"), input.kind());
		if (input.agencyId() != null && !agencies.existsById(input.agencyId())) {
			problems.add("agencyId", Wording.of("masterdata.organisation.unknown-agency"));
		}
		if (name != null && organisations.findByName(name).filter(other -> !other.id().equals(id)).isPresent()) {
			problems.add("name", Wording.of("masterdata.organisation.name-taken", name));
		}
		problems.throwIfAny();
		return new OrganisationInput(name, kind, input.agencyId());
	}

	private OrganisationEntity find(long id) {
		return organisations.findById(id).orElseThrow(() -> new NotFoundException(Wording.of("masterdata.organisation.not-found", id)));
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
