package jp.kyoyu.project;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.kyoyu.shared.ForbiddenException;

/** A project that still holds another module's data is not deleted; members alone do not count. */
class ProjectDeletionRuleTests {

	@Test
	void allowsDeletionWhenNoModuleKeepsData() {
		ProjectDeletionRule rule = rule(contents("掲示板の記事", 0), contents("発議書類", 0));
		assertThatCode(() -> rule.check(7)).doesNotThrowAnyException();
		assertThatCode(() -> rule(List.of()).check(7)).doesNotThrowAnyException();
	}

	@Test
	void refusesAndSaysWhatIsLeftAndWhatToDoInstead() {
		ProjectDeletionRule rule = rule(contents("掲示板の記事", 3), contents("スケジュール", 0));
		assertThatThrownBy(() -> rule.check(7)).isInstanceOf(ForbiddenException.class)
			.hasMessage("この工事・業務には掲示板の記事が3件あるため削除できません。契約終了後のデータ消去機能を使ってください。");
	}

	@Test
	void listsEveryModuleThatKeepsData() {
		ProjectDeletionRule rule = rule(contents("掲示板の記事", 1), contents("発議書類", 12));
		assertThatThrownBy(() -> rule.check(7)).hasMessageContaining("掲示板の記事が1件、発議書類が12件あるため");
	}

	@Test
	void asksAboutTheProjectBeingDeleted() {
		ProjectContents onlyProject8 = new ProjectContents() {
			@Override
			public long count(long projectId) {
				return projectId == 8 ? 5 : 0;
			}

			@Override
			public String label() {
				return "ファイル";
			}
		};
		assertThatCode(() -> rule(onlyProject8).check(7)).doesNotThrowAnyException();
		assertThatThrownBy(() -> rule(onlyProject8).check(8)).hasMessageContaining("ファイルが5件");
	}

	private static ProjectDeletionRule rule(ProjectContents... contents) {
		return rule(List.of(contents));
	}

	private static ProjectDeletionRule rule(List<ProjectContents> contents) {
		return new ProjectDeletionRule(contents::stream);
	}

	private static ProjectContents contents(String label, long count) {
		return new ProjectContents() {
			@Override
			public long count(long projectId) {
				return count;
			}

			@Override
			public String label() {
				return label;
			}
		};
	}
}
