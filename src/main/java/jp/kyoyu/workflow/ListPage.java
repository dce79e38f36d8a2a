package jp.kyoyu.workflow;

import java.util.List;

/** One page of a list, with the total count so pages can offer "next". */
public record ListPage<T>(List<T> items, int page, int size, long total) {
}
