package jp.kyoyu.masterdata;

/**
 * An organisation (組織) that users belong to, such as a division of an agency or a contractor's company.
 *
 * @param agencyId the agency it belongs to, or {@literal null}
 * @param agencyName that agency's name, or {@literal null}
 */
public record Organisation(long id, String name, OrganisationKind kind, Long agencyId, String agencyName,
		long version) {
}
