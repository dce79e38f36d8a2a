package jp.kyoyu.proposal;

import jp.kyoyu.shared.Wording;

/**
 * What a part of a proposal is (C3.8, C3.9). Its label ({@code proposal.attachment.kind.*}, which the page shows
 * too) is printed in the proposal's PDF, hence Japanese whoever prints it.
 */
public enum AttachmentKind {
	DOCUMENT, EXTERNAL_FORM, DRAWING, PHOTO, OTHER;

	public String label() {
		return Wording.japanese("proposal.attachment.kind." + name());
	}
}
