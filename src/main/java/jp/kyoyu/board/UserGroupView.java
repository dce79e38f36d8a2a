package jp.kyoyu.board;

import java.util.List;

public record UserGroupView(long id, String name, List<String> members) {
}
