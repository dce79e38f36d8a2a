package jp.kyoyu.proposal;

/** What a notice or a task list shows of a proposal: enough to name it, nothing that needs its fields. */
public record ProposalHeading(long id, long projectId, String typeKey, String typeName, String title) {
}
