package jp.kyoyu.masterdata;

/** Which side of a contract an organisation is on. */
public enum OrganisationKind {

	/** 発注者: the agency side. */
	ORDERER,

	/** 受注者: the contractor side. */
	CONTRACTOR
}
