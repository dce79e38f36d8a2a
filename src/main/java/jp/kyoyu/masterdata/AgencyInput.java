package jp.kyoyu.masterdata;

/** What an administrator enters for an agency; checked by {@link AgencyManagement}. */
public record AgencyInput(String name, String code) {
}
