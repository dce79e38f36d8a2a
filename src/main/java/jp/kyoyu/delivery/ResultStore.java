package jp.kyoyu.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import jp.kyoyu.storage.WorkObjects;

/**
 * Where a download export's ZIP is kept once written (issue #18, docs/scaling.md, *Exports across nodes*): with
 * {@code kyoyu.storage.kind=s3} it goes to the bucket as the work object {@code exports/<id>/result.zip} (encrypted
 * with the project's key, like every file) and the node's own copy is deleted, so any node serves the download,
 * with Range, and {@code kyoyu.delivery.directory} only needs to be node-local scratch space; with
 * {@code filesystem} it stays at {@code <kyoyu.delivery.directory>/<id>/result.zip} as before.
 */
@Component
class ResultStore {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ResultStore.class);

	static final String RESULT = "result.zip";

	private final WorkObjects work;

	private final DeliverySettings settings;

	ResultStore(WorkObjects work, DeliverySettings settings) {
		this.work = work;
		this.settings = settings;
	}

	static String objectName(long jobId) {
		return prefix(jobId) + RESULT;
	}

	private static String prefix(long jobId) {
		return "exports/" + jobId + "/";
	}

	boolean inStore() {
		return work.inStore();
	}

	/**
	 * Keeps a finished ZIP: into the bucket (then the local copy goes, and the job's directory with it when nothing
	 * else is in it), or where it was written.
	 */
	void keep(ExportJob job, Path zip) throws IOException {
		if (!work.inStore()) {
			return;
		}
		work.put(job.projectId(), objectName(job.id()), zip);
		Files.delete(zip);
		try {
			Files.deleteIfExists(zip.getParent());
		}
		catch (java.nio.file.DirectoryNotEmptyException e) {
			// an inspection package keeps its site next to it for browsing
		}
	}

	/**
	 * Keeps an inspection package's site for browsing online from any node: each file becomes the work object
	 * {@code exports/<id>/site/f<its path, base64url>} (paths hold the documents' Japanese names, object names only
	 * ASCII), then the local site goes. Nothing to do on the file system.
	 */
	void keepSite(ExportJob job, Path site) throws IOException {
		if (!work.inStore()) {
			return;
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(site)) {
			files = walk.filter(Files::isRegularFile).toList();
		}
		for (Path file : files) {
			work.put(job.projectId(), siteObject(job.id(), site.relativize(file).toString().replace('\\', '/')), file);
		}
		ExportOutput.deleteTree(site);
	}

	/**
	 * A file of the inspection site by its path inside the site (already checked for {@code ..}); empty when there
	 * is none.
	 */
	Optional<Resource> siteFile(ExportJob job, String relative) {
		if (!work.inStore()) {
			Path site = ExportOutput.jobDirectory(settings, job.id()).resolve("site").toAbsolutePath().normalize();
			Path file = site.resolve(relative).normalize();
			return file.startsWith(site) && Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file))
					: Optional.empty();
		}
		try {
			return Optional.of(work.resource(job.projectId(), siteObject(job.id(), relative)));
		}
		catch (NoSuchFileException e) {
			return Optional.empty();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static String siteObject(long jobId, String relative) {
		return prefix(jobId) + "site/f"
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(relative.getBytes(StandardCharsets.UTF_8));
	}

	/** The ZIP to download, from whichever node wrote it; empty when it is gone (expired, never written). */
	Optional<Resource> download(ExportJob job) {
		if (!work.inStore()) {
			Path file = ExportOutput.jobDirectory(settings, job.id()).resolve(RESULT);
			return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
		}
		try {
			return Optional.of(work.resource(job.projectId(), objectName(job.id())));
		}
		catch (NoSuchFileException e) {
			return Optional.empty();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** Deletes everything of the job: its directory on this node and its objects in the store. */
	void delete(long jobId) throws IOException {
		ExportOutput.deleteTree(ExportOutput.jobDirectory(settings, jobId));
		if (work.inStore()) {
			work.deleteAll(prefix(jobId));
		}
	}

	/**
	 * The objects of jobs {@code obsolete} says are gone or failed, once written before {@code before}; answers
	 * how many went. Nothing to do without a store (the directory sweep covers it).
	 */
	int sweep(java.util.function.LongPredicate obsolete, Instant before) {
		if (!work.inStore()) {
			return 0;
		}
		int deleted = 0;
		try {
			for (WorkObjects.Entry entry : work.list("exports/")) {
				String[] parts = entry.name().split("/");
				if (parts.length >= 2 && parts[1].matches("[0-9]{1,18}") && entry.writtenAt() != null
						&& entry.writtenAt().isBefore(before) && obsolete.test(Long.parseLong(parts[1]))) {
					work.delete(entry.name());
					deleted++;
				}
			}
		}
		catch (RuntimeException e) {
			// The store is away (this also runs at start: a node must start without it); the next round sweeps.
			LOG.warn("Could not sweep export results from the store", e);
		}
		return deleted;
	}
}
