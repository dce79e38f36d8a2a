package jp.kyoyu.proposal;

import java.util.List;

/** A resubmitted proposal: its heading (the title may have changed) and what changed since the send-back. */
public record Resubmission(ProposalHeading heading, List<String> changes) {
}
