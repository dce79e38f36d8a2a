package jp.kyoyu.proposal;

import jp.kyoyu.shared.Wording;

/** 重要度 of a submission (C4.20): shown in lists and in the subject of every mail about it. */
public enum Importance {
	IMPORTANT, NORMAL;

	/** 重要 / 通常 ({@code proposal.importance.*} in i18n/proposal.properties): lists, mail subjects, forms. */
	public String label() {
		return Wording.japanese("proposal.importance." + name());
	}
}
