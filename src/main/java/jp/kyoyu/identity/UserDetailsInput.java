package jp.kyoyu.identity;

/**
 * The fields of a user an administrator enters; {@code password} is only read when creating a user.
 */
public record UserDetailsInput(String userId, String name, String email, String password, Side side,
		String organisation, String jobTitle, String phone) {
}
