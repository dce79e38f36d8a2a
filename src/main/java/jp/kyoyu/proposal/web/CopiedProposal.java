package jp.kyoyu.proposal.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.proposal.CopyOutcome;
import jp.kyoyu.proposal.ProposalView;

/**
 * What copying a proposal answers (C3.4): the new draft with the members GET /api/v1/proposals/{id} gives it, plus
 * the labels of what did not carry over, so the user can be told. Unwrapped, so a client reads the copy as it reads
 * any proposal.
 */
@Schema(description = "複写して作った発議書類（下書き。GET /api/v1/proposals/{id} と同じ項目）と、複写先に欄がなく引き継がなかった項目")
record CopiedProposal(@JsonUnwrapped ProposalView proposal,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "引き継がなかった項目の名前（すべて引き継いだときは空）") List<String> notCarried) {

	static CopiedProposal of(CopyOutcome outcome) {
		return new CopiedProposal(outcome.proposal(), outcome.notCarried());
	}
}
