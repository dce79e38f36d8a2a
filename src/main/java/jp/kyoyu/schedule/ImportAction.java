package jp.kyoyu.schedule;

/** What an import does (or, in a preview, would do) with one event of the file. */
public enum ImportAction {

	ADD("追加"), UPDATE("変更"), REMOVE("削除"), SKIP("スキップ");

	private final String label;

	ImportAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
