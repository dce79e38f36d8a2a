package jp.kyoyu.proposal;

import jp.kyoyu.identity.Side;

/** Which side of the contract may raise (発議) a document type. */
public enum RaisingSide {
	AGENCY, CONTRACTOR, BOTH;

	public boolean allows(Side side) {
		return this == BOTH || name().equals(side.name());
	}
}
