package jp.kyoyu.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The export directory is swept at start and hourly (issue 17): a job directory no job row names (left by a
 * crash, or by hand) goes once untouched for an hour, a fresh one stays. A finished job's results past
 * {@code kyoyu.delivery.keep} are deleted once, and the job is not selected again (the bucket used to be listed
 * once per old job every hour).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportWorkSweepIntegrationTests {

	@Autowired
	ExportHousekeeping housekeeping;

	@Autowired
	DeliverySettings settings;

	@Autowired
	ExportJobRepository jobs;

	@Test
	void anOldJobsResultsAreDeletedOnceAndTheJobIsNotSelectedAgain() throws Exception {
		Instant longAgo = Instant.now().minus(settings.keep()).minus(Duration.ofDays(1));
		ExportJob done = job(ExportStatus.DONE, longAgo);
		ExportJob running = job(ExportStatus.RUNNING, longAgo);
		ExportJob recent = job(ExportStatus.DONE, Instant.now().minus(Duration.ofHours(1)));
		Path doneResult = result(done);
		Path runningResult = result(running);
		Path recentResult = result(recent);

		assertThat(housekeeping.deleteOldResults()).as("the first round").isGreaterThanOrEqualTo(1);
		assertThat(doneResult.getParent()).doesNotExist();
		assertThat(jobs.findById(done.id()).orElseThrow().resultsDeletedAt()).as("marked").isNotNull();
		assertThat(runningResult).as("a job still running keeps its work").exists();
		assertThat(recentResult).as("a result within the keeping time stays").exists();

		// Whatever lies in the job's place now is not the store's business of this job any more: a second round
		// that selected the job again would delete it (and, with kind=s3, list the bucket for it).
		Path reappeared = result(done);
		assertThat(housekeeping.deleteOldResults()).as("the second round").isZero();
		assertThat(reappeared).as("the job was not selected again").exists();
		assertThat(runningResult).exists();

		jobs.deleteAllById(java.util.List.of(done.id(), running.id(), recent.id()));
		for (Path directory : java.util.List.of(reappeared, runningResult, recentResult)) {
			ExportOutput.deleteTree(directory.getParent());
		}
	}

	private ExportJob job(ExportStatus status, Instant createdAt) {
		ExportJob job = new ExportJob(1L, ExportKind.ZIP, ExportDestination.DOWNLOAD, "", null, "gyomu", createdAt);
		if (status != ExportStatus.RUNNING) {
			job.finish(status, "[]", "result.zip", null, createdAt.plusSeconds(60));
		}
		ExportJob saved = jobs.saveAndFlush(job);
		// a node still on it: the minutely check for abandoned jobs leaves it running
		jobs.beat(java.util.List.of(saved.id()), Instant.now());
		return saved;
	}

	private Path result(ExportJob job) throws Exception {
		Path directory = Files.createDirectories(ExportOutput.jobDirectory(settings, job.id()));
		return Files.write(directory.resolve("result.zip"), new byte[] { 'P', 'K' });
	}

	@Test
	void anOrphanExportDirectoryGoesOnceOldAndAFreshOneStays() throws Exception {
		Path old = directory("987654321001", Duration.ofHours(2));
		Path junk = directory("result.zip.tmp-abandoned", Duration.ofHours(2));
		Path fresh = directory("987654321002", Duration.ZERO);

		housekeeping.sweepWork(Instant.now());

		assertThat(old).doesNotExist();
		assertThat(junk).doesNotExist();
		assertThat(fresh).exists();
		ExportOutput.deleteTree(fresh);
	}

	private Path directory(String name, Duration age) throws Exception {
		Path directory = Files.createDirectories(settings.directory().resolve(name));
		Files.write(directory.resolve("result.zip"), new byte[] { 'P', 'K' });
		Files.setLastModifiedTime(directory, FileTime.from(Instant.now().minus(age)));
		return directory;
	}
}
