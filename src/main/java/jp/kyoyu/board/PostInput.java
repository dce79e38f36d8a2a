package jp.kyoyu.board;

import java.util.List;

/** What an author writes; empty {@code users} and {@code groups} mean the whole project sees the post. */
public record PostInput(String title, String body, List<String> users, List<String> groups, List<String> recipients) {

	public PostInput {
		users = users == null ? List.of() : List.copyOf(users);
		groups = groups == null ? List.of() : List.copyOf(groups);
		recipients = recipients == null ? List.of() : List.copyOf(recipients);
	}
}
