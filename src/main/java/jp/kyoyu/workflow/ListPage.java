package jp.kyoyu.workflow;

import java.util.List;

import jp.kyoyu.shared.web.PagedAnswer;

/** One page of a list, with the total count so pages can offer "next" (and the API its paging headers). */
public record ListPage<T>(List<T> items, int page, int size, long total) implements PagedAnswer {
}
