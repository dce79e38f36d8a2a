package jp.kyoyu.masterdata;

/**
 * What an administrator enters for an organisation; checked by {@link OrganisationManagement}.
 *
 * @param agencyId optional
 */
public record OrganisationInput(String name, OrganisationKind kind, Long agencyId) {
}
