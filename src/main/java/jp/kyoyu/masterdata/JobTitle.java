package jp.kyoyu.masterdata;

/**
 * A job title (役職) offered when registering users.
 *
 * @param displayOrder lists show smaller numbers first
 */
public record JobTitle(long id, String name, int displayOrder, long version) {
}
