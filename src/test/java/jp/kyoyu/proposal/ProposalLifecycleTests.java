package jp.kyoyu.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import jp.kyoyu.identity.Side;

/** The lifecycle verbs of {@link Proposal}: every allowed move, and every refused one (no Spring). */
class ProposalLifecycleTests {

	private static final Instant NOW = Instant.parse("2026-12-07T00:00:00Z");

	private record Verb(String name, Consumer<Proposal> call) {
	}

	private static final List<Verb> VERBS = List.of(new Verb("submit", p -> p.submit(NOW)),
			new Verb("sendBack", p -> p.sendBack(NOW)), new Verb("resubmit", p -> p.resubmit(NOW)),
			new Verb("approve", p -> p.approve(NOW)), new Verb("answer", p -> p.answer("{}", NOW)),
			new Verb("postReviewed", Proposal::postReviewed));

	@Test
	void theRouteMovesTheStatusAlongTheLifecycle() {
		Proposal proposal = in(ProposalStatus.DRAFT);
		proposal.submit(NOW);
		assertThat(proposal.status()).isEqualTo(ProposalStatus.IN_REVIEW);
		proposal.answer("{\"answerContent\":\"承諾\"}", NOW);
		assertThat(proposal.fieldsJson()).contains("承諾");
		proposal.sendBack(NOW);
		assertThat(proposal.status()).isEqualTo(ProposalStatus.SENT_BACK);
		proposal.resubmit(NOW);
		assertThat(proposal.status()).isEqualTo(ProposalStatus.IN_REVIEW);
		proposal.approve(NOW);
		assertThat(proposal.status()).isEqualTo(ProposalStatus.APPROVED);
		proposal.postReviewed();
		assertThat(proposal.status()).isEqualTo(ProposalStatus.APPROVED);
	}

	@Test
	void everyVerbTheStatusDoesNotAllowIsRefusedWithAJapaneseMessageAndChangesNothing() {
		List<String> allowed = List.of("DRAFT:submit", "IN_REVIEW:sendBack", "IN_REVIEW:approve", "IN_REVIEW:answer",
				"IN_REVIEW:postReviewed", "SENT_BACK:resubmit", "SENT_BACK:postReviewed", "APPROVED:postReviewed");
		int refused = 0;
		for (ProposalStatus status : ProposalStatus.values()) {
			for (Verb verb : VERBS) {
				if (allowed.contains(status + ":" + verb.name())) {
					continue;
				}
				Proposal proposal = in(status);
				String fields = proposal.fieldsJson();
				assertThatThrownBy(() -> verb.call().accept(proposal)).as(status + " " + verb.name())
					.isInstanceOf(ProposalStatusConflictException.class)
					.hasMessageContaining("この書類は「")
					.hasMessageContaining("」のため")
					.satisfies(e -> assertThat(((ProposalStatusConflictException) e).status()).isEqualTo(status));
				assertThat(proposal.status()).isEqualTo(status);
				assertThat(proposal.fieldsJson()).isEqualTo(fields);
				refused++;
			}
		}
		assertThat(refused).isEqualTo(ProposalStatus.values().length * VERBS.size() - allowed.size());
	}

	@Test
	void theRefusalNamesTheStatusAndTheVerb() {
		assertThatThrownBy(() -> in(ProposalStatus.APPROVED).submit(NOW))
			.hasMessage("この書類は「承認済」のため、提出できません。");
		assertThatThrownBy(() -> in(ProposalStatus.DRAFT).approve(NOW))
			.hasMessage("この書類は「下書き」のため、承認済にできません。");
	}

	private static Proposal in(ProposalStatus status) {
		Proposal proposal = new Proposal(1, "worksMeetingRecord", "打合せ", "{}", "genba", Side.CONTRACTOR, null, NOW);
		switch (status) {
			case DRAFT -> {
			}
			case IN_REVIEW -> proposal.submit(NOW);
			case SENT_BACK -> {
				proposal.submit(NOW);
				proposal.sendBack(NOW);
			}
			case APPROVED -> {
				proposal.submit(NOW);
				proposal.approve(NOW);
			}
		}
		return proposal;
	}
}
