package jp.kyoyu.identity;

/** Which party of the contract a user works for. */
public enum Side {
	/** 発注者: the ordering agency (supervisors). */
	AGENCY,
	/** 受注者: the contractor. */
	CONTRACTOR;

	/** The Camunda group every user of this side belongs to; BPMN and authorizations speak of it. */
	public String groupId() {
		return name().toLowerCase();
	}
}
