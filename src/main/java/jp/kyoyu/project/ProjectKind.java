package jp.kyoyu.project;

import jp.kyoyu.shared.Wording;

/** The two kinds of contract the guidelines distinguish; the wording of every label follows the kind. */
public enum ProjectKind {

	/** 工事: construction works. */
	WORKS,
	/** 委託業務: a commissioned service such as surveying or design. */
	SERVICE;

	/** 工事 or 業務, as used in compound labels (工事名称, 業務名称); Japanese always, as the audit trail records it. */
	public String label() {
		return Wording.japanese("project.kind." + name());
	}
}
