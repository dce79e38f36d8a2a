package jp.kyoyu.proposal;

/**
 * What a list across many proposals filters and sorts by: no fields, no author, no dates, so tens of thousands of
 * them come from one query (the approval list at a prefecture's volume, issue #21).
 */
public record ProposalLine(long id, String typeName, String title, ProposalStatus status) {
}
