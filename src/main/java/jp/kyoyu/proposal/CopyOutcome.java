package jp.kyoyu.proposal;

import java.util.List;

/**
 * A copy made into another type or project (C3.4): the new draft and the labels of the source's filled-in fields
 * the new type has no place for, so the user can be told what did not carry over.
 */
public record CopyOutcome(ProposalView proposal, List<String> notCarried) {
}
