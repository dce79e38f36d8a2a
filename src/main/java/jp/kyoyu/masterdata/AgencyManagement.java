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
import jp.kyoyu.shared.Wording;

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
		publish(agency.id(), Change.CREATED, Wording.japanese("masterdata.audit.agency.created", checked.name(), checked.code()));
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
		publish(id, Change.UPDATED, Wording.japanese("masterdata.audit.agency.updated", before.name(), before.code(),
				checked.name(), checked.code()));
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
			throw new InvalidInputException(null, Wording.of("masterdata.agency.in-use", users));
		}
		agencies.delete(agency);
		publish(id, Change.DELETED, Wording.japanese("masterdata.audit.agency.deleted", agency.toAgency().name()));
	}

	private AgencyInput validate(AgencyInput input, Long id) {
		InputProblems problems = new InputProblems();
		String name = problems.line("name", Wording.of("masterdata.label.agency-name"), input.name(), 100, true);
		String code = problems.line("code", Wording.of("masterdata.label.agency-code"), input.code(), 20, true);
		if (code != null && !problems.has("code") && !CODE.matcher(code).matches()) {
			problems.add("code", Wording.of("masterdata.agency.code-format"));
		}
		if (name != null && agencies.findByName(name).filter(other -> !other.id().equals(id)).isPresent()) {
			problems.add("name", Wording.of("masterdata.agency.name-taken", name));
		}
		if (code != null && agencies.findByCode(code).filter(other -> !other.id().equals(id)).isPresent()) {
			problems.add("code", Wording.of("masterdata.agency.code-taken", code));
		}
		problems.throwIfAny();
		return new AgencyInput(name, code);
	}

	private AgencyEntity find(long id) {
		return agencies.findById(id).orElseThrow(() -> new NotFoundException(Wording.of("masterdata.agency.not-found", id)));
	}

	private void publish(long id, Change change, String detail) {
		events.publishEvent(new MasterDataChanged(Kind.AGENCY, Long.toString(id), change, detail));
	}
}
