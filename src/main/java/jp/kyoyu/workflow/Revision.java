package jp.kyoyu.workflow;

import java.time.Instant;
import java.util.List;

/** A resubmission after a send-back (C4.16): when, by whom, which parts changed and the proposer's comment. */
public record Revision(int number, Instant at, String userId, List<String> changes, String comment) {
}
