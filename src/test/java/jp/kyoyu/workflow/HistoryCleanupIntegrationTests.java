package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Camunda's history stays bounded (issue #21): the engine schedules its history cleanup in the night window of
 * application.yaml, and every model we deploy names how long its history is kept, so the cleanup has a removal
 * time for each finished process.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HistoryCleanupIntegrationTests {

	@Autowired
	private HistoryService history;

	@Autowired
	private RepositoryService repository;

	@Test
	void theCleanupIsScheduledInsideTheNightWindow() {
		List<Job> jobs = history.findHistoryCleanupJobs();
		assertThat(jobs).as("history cleanup jobs").isNotEmpty();
		for (Job job : jobs) {
			// the window is read in the server's zone, as the engine does
			LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
			assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
		}
	}

	@Test
	void everyDeployedModelKeepsItsHistoryForABoundedTime() {
		List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
		assertThat(definitions).isNotEmpty();
		for (ProcessDefinition definition : definitions) {
			assertThat(definition.getHistoryTimeToLive()).as(definition.getKey() + " history time to live")
				.isNotNull()
				.isPositive()
				.isLessThanOrEqualTo(3650);
		}
		assertThat(definitions).filteredOn(d -> d.getKey().equals("OverdueReminderProcess"))
			.singleElement()
			.satisfies(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(30));
	}
}
