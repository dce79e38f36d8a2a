package jp.kyoyu.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Page numbers as typed, the page shown for them, and the "n–m of N" figures. */
class BoardPageTests {

	@Test
	void whatIsNotAPositiveNumberMeansTheFirstPageAndTooManyDigitsMeansPastTheEnd() {
		assertThat(BoardPage.requested(null)).isEqualTo(1);
		assertThat(BoardPage.requested(" ")).isEqualTo(1);
		assertThat(BoardPage.requested("abc")).isEqualTo(1);
		assertThat(BoardPage.requested("-3")).isEqualTo(1);
		assertThat(BoardPage.requested("0")).isEqualTo(1);
		assertThat(BoardPage.requested(" 2 ")).isEqualTo(2);
		assertThat(BoardPage.requested("99999999999999999999")).isEqualTo(Integer.MAX_VALUE);
	}

	@Test
	void aPagePastTheEndIsTheLastAndAnEmptyListHasOnePage() {
		assertThat(BoardPage.clamp(3, 101, 50)).isEqualTo(3);
		assertThat(BoardPage.clamp(4, 101, 50)).isEqualTo(3);
		assertThat(BoardPage.clamp(Integer.MAX_VALUE, 100, 50)).isEqualTo(2);
		assertThat(BoardPage.clamp(5, 0, 50)).isEqualTo(1);
		assertThat(new BoardPage<>(List.of(), 1, 50, 0).pages()).isEqualTo(1);
	}

	@Test
	void theSecondPageOfFiftyFiveShowsFiftyOneToFiftyFive() {
		BoardPage<String> second = new BoardPage<>(Collections.nCopies(5, "x"), 2, 50, 55);
		assertThat(second.from()).isEqualTo(51);
		assertThat(second.to()).isEqualTo(55);
		assertThat(second.pages()).isEqualTo(2);
		assertThat(second.hasPrevious()).isTrue();
		assertThat(second.hasNext()).isFalse();
		BoardPage<String> first = new BoardPage<>(Collections.nCopies(50, "x"), 1, 50, 55);
		assertThat(first.from()).isEqualTo(1);
		assertThat(first.to()).isEqualTo(50);
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
	}
}
