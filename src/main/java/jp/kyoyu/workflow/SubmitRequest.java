package jp.kyoyu.workflow;

import java.time.LocalDate;
import java.util.List;

import jp.kyoyu.proposal.Importance;

/** What the proposer chooses when submitting (C4.8, C4.9, C4.20); importance null means 通常. */
public record SubmitRequest(List<RouteStep> route, LocalDate requestedAnswerDate, Importance importance,
		String comment) {
}
