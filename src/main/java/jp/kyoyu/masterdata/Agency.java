package jp.kyoyu.masterdata;

/**
 * An ordering agency (発注機関).
 *
 * @param code the agency's short code, unique, e.g. {@code chubu-nochi}
 */
public record Agency(long id, String name, String code, long version) {
}
