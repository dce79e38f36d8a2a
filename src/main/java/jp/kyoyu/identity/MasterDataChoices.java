package jp.kyoyu.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jp.kyoyu.masterdata.JobTitle;
import jp.kyoyu.masterdata.MasterDataManagement;
import jp.kyoyu.masterdata.Organisation;
import jp.kyoyu.shared.FieldProblem;

/**
 * Organisation and job title of a user must be entries of the master data (issue #22), so lists, prints and the
 * offline package group people by the same spelling. A value stored before this rule - or whose master entry was
 * renamed or deleted since - stays as long as the user's record keeps it unchanged: an administrator correcting an
 * e-mail address is not forced to re-file the person first.
 */
@Component
class MasterDataChoices {

	private final MasterDataManagement masterData;

	private final IdentityTexts texts;

	MasterDataChoices(MasterDataManagement masterData, IdentityTexts texts) {
		this.masterData = masterData;
		this.texts = texts;
	}

	/** @param before the account being changed, or {@literal null} when registering */
	List<FieldProblem> problems(UserDetailsInput input, UserAccount before) {
		List<FieldProblem> problems = new ArrayList<>();
		String organisation = strippedOrNull(input.organisation());
		if (organisation != null && !organisationNames().contains(organisation)
				&& (before == null || !Objects.equals(organisation, before.organisation()))) {
			problems.add(new FieldProblem("organisation",
					texts.get("user.problem.organisationNotInMaster", organisation)));
		}
		String jobTitle = strippedOrNull(input.jobTitle());
		if (jobTitle != null && !jobTitleNames().contains(jobTitle)
				&& (before == null || !Objects.equals(jobTitle, before.jobTitle()))) {
			problems.add(new FieldProblem("jobTitle", texts.get("user.problem.jobTitleNotInMaster", jobTitle)));
		}
		return problems;
	}

	private Set<String> organisationNames() {
		return masterData.organisations().stream().map(Organisation::name).collect(Collectors.toSet());
	}

	private Set<String> jobTitleNames() {
		return masterData.jobTitles().stream().map(JobTitle::name).collect(Collectors.toSet());
	}

	private static String strippedOrNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
