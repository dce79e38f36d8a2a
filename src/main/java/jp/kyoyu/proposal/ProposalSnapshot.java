package jp.kyoyu.proposal;

/**
 * A proposal as it was sent back, kept by the workflow with the submission and handed back on resubmission so that
 * {@link ProposalManagement#resubmit} can name what the author changed. {@code fieldsJson} is opaque to the keeper.
 */
public record ProposalSnapshot(String title, String fieldsJson) {
}
