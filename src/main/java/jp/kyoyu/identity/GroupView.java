package jp.kyoyu.identity;

import java.util.List;

/** A group with its member user ids. */
public record GroupView(String groupId, String name, boolean builtIn, List<String> members) {
}
