package jp.kyoyu.proposal;

/** What a part of a proposal is (C3.8, C3.9); shown as its Japanese label. */
public enum AttachmentKind {
	DOCUMENT("書類"), EXTERNAL_FORM("他システムで作成した帳票"), DRAWING("図面"), PHOTO("写真"), OTHER("その他");

	private final String label;

	AttachmentKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
