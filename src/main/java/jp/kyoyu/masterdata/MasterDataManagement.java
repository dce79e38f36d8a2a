package jp.kyoyu.masterdata;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of the master data: agencies, organisations and job titles for choosing and showing.
 * Changes go through the administrators' services ({@link AgencyManagement} and its siblings).
 */
@Service
@Transactional(readOnly = true)
public class MasterDataManagement {

	private final AgencyManagement agencies;

	private final OrganisationManagement organisations;

	private final JobTitleManagement jobTitles;

	private final AgencyRepository agencyRepository;

	MasterDataManagement(AgencyManagement agencies, OrganisationManagement organisations, JobTitleManagement jobTitles,
			AgencyRepository agencyRepository) {
		this.agencies = agencies;
		this.agencyRepository = agencyRepository;
		this.organisations = organisations;
		this.jobTitles = jobTitles;
	}

	/** All agencies, by code. */
	public List<Agency> agencies() {
		return agencies.findAll();
	}

	public Optional<Agency> findAgency(long id) {
		return agencyRepository.findById(id).map(AgencyEntity::toAgency);
	}

	/** All organisations: the agency side first, then by agency and name. */
	public List<Organisation> organisations() {
		return organisations.findAll();
	}

	/** The organisations of one side, e.g. for a contractor's company selection. */
	public List<Organisation> organisations(OrganisationKind kind) {
		return organisations.findAll().stream().filter(organisation -> organisation.kind() == kind).toList();
	}

	/** All job titles in display order. */
	public List<JobTitle> jobTitles() {
		return jobTitles.findAll();
	}
}
