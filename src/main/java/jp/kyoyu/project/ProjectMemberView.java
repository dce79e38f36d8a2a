package jp.kyoyu.project;

/**
 * A member as others see it.
 *
 * @param name the user's name, or a placeholder when the account has been deleted since
 */
public record ProjectMemberView(String userId, String name, ProjectRole role) {
}
