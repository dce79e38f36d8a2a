package jp.kyoyu.project;

/** The two kinds of contract the guidelines distinguish; the wording of every label follows the kind. */
public enum ProjectKind {

	/** 工事: construction works. */
	WORKS("工事"),
	/** 委託業務: a commissioned service such as surveying or design. */
	SERVICE("業務");

	private final String label;

	ProjectKind(String label) {
		this.label = label;
	}

	/** 工事 or 業務, as used in compound labels (工事名称, 業務名称). */
	public String label() {
		return label;
	}
}
