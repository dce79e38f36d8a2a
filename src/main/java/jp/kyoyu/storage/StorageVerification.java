package jp.kyoyu.storage;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.google.crypto.tink.StreamingAead;

import jp.kyoyu.shared.ServiceUnavailableException;
import jp.kyoyu.shared.Wording;

/**
 * Reads every file in use through the decrypting path and compares its SHA-256 with the one its row names: the
 * content check of a restore (docs/backup-restore.md §5) that {@code backup-verify.sh} cannot make, because the
 * master key is deliberately not in the backup. AES-GCM also refuses any changed byte of an encrypted object, so
 * a flipped bit shows up as a file that does not decrypt. Streams each file through a small buffer: no file is
 * ever held in memory, and rows are read in batches, so no connection is held for the whole run.
 */
@Service
public class StorageVerification {

	private static final Logger log = LoggerFactory.getLogger(StorageVerification.class);

	/** Tink AesGcmHkdfStreaming with AES256_GCM_HKDF_1MB (ProjectKeys): 1 MiB ciphertext segments. */
	static final int CIPHERTEXT_SEGMENT = 1 << 20;

	/** Each segment ends in the 16-byte GCM tag. */
	static final int TAG = 16;

	/** At the start of the first segment: 1 length byte, 32 bytes of HKDF salt (the key size), 7 of nonce prefix. */
	static final int HEADER = 1 + 32 + 7;

	/** A report lists this many problems at most; the count is always complete. */
	static final int LISTED_PROBLEMS = 200;

	private static final int BATCH = 200;

	private final StorageFileRepository rows;

	private final ObjectStore objects;

	private final ProjectKeys keys;

	StorageVerification(StorageFileRepository rows, ObjectStore objects, ProjectKeys keys) {
		this.rows = rows;
		this.objects = objects;
		this.keys = keys;
	}

	/**
	 * What a verification found: intact (no problem at all), files checked, the number of problems and (up to
	 * {@link #LISTED_PROBLEMS}) their descriptions, and a sentence saying all that.
	 */
	public record Report(boolean intact, int checkedFiles, int problemCount, List<String> problems, String summary) {
	}

	/** Checks every claimed file (a PENDING one is an upload nobody refers to yet; the cleanup handles those). */
	public Report verifyClaimedFiles() {
		int checked = 0;
		int problemCount = 0;
		List<String> problems = new ArrayList<>();
		long after = 0;
		List<StorageFile> batch;
		do {
			batch = rows.findTop200ByStateAndIdGreaterThanOrderById(FileState.CLAIMED, after);
			for (StorageFile file : batch) {
				checked++;
				Optional<String> problem = problem(file);
				if (problem.isPresent()) {
					problemCount++;
					log.warn("Storage verification: {}", problem.get());
					if (problems.size() < LISTED_PROBLEMS) {
						problems.add(problem.get());
					}
				}
				after = file.id();
			}
		}
		while (batch.size() == BATCH);
		String summary = problemCount == 0 ? Wording.of("storage.verification.intact", checked)
				: Wording.of("storage.verification.problems", checked, problemCount);
		return new Report(problemCount == 0, checked, problemCount, List.copyOf(problems), summary);
	}

	private Optional<String> problem(StorageFile file) {
		ObjectRef object = file.object();
		try {
			if (!objects.exists(object)) {
				return Optional.of(Wording.of("storage.verification.missing", file.id(), object.sha256()));
			}
			if (object.encrypted()) {
				long actual = objects.size(object);
				long expected = encryptedSize(file.size());
				if (actual != expected) {
					return Optional.of(Wording.of("storage.verification.wrong-size", file.id(), actual, expected));
				}
				Optional<StreamingAead> key = keys.forReading(object.projectId());
				if (key.isEmpty()) {
					return Optional.of(Wording.of("storage.verification.no-key", file.id(), object.projectId()));
				}
				return hashProblem(file, ObjectResource.decrypted(objects, object, key.get(),
						ProjectKeys.associatedData(object.projectId()), file.size()).getInputStream());
			}
			return hashProblem(file, ObjectResource.plaintext(objects, object, file.size()).getInputStream());
		}
		catch (ObjectStoreUnavailableException e) {
			// Not a problem of this file: the whole store is away, so the verification cannot say anything.
			throw new ServiceUnavailableException(Wording.of("storage.store.unavailable"), e);
		}
		catch (IOException | RuntimeException e) {
			// AES-GCM refuses a segment with any changed byte: the decrypting stream fails instead of reading it.
			log.debug("File {} does not read back", file.id(), e);
			return Optional.of(Wording.of("storage.verification.unreadable", file.id(), object.sha256()));
		}
	}

	private static Optional<String> hashProblem(StorageFile file, InputStream stream) throws IOException {
		MessageDigest sha256 = sha256();
		long read = 0;
		try (InputStream content = stream) {
			byte[] buffer = new byte[64 * 1024];
			for (int n; (n = content.read(buffer)) != -1;) {
				sha256.update(buffer, 0, n);
				read += n;
			}
		}
		String actual = HexFormat.of().formatHex(sha256.digest());
		if (!actual.equals(file.sha256()) || read != file.size()) {
			return Optional.of(Wording.of("storage.verification.wrong-hash", file.id(), file.sha256(), actual));
		}
		return Optional.empty();
	}

	/**
	 * The exact size of Tink's streaming ciphertext for {@code plaintext} bytes: the header in the first segment,
	 * a tag per segment, and a last segment that is always written (even empty or full). backup-verify.sh uses
	 * the same formula.
	 */
	/**
	 * The inverse of {@link #encryptedSize}: every ciphertext segment but the last is full, so the number of
	 * segments is the ciphertext's length in segments, rounded up.
	 */
	static long plaintextSize(long encrypted) {
		long segments = (encrypted + CIPHERTEXT_SEGMENT - 1) / CIPHERTEXT_SEGMENT;
		return encrypted - HEADER - TAG * segments;
	}

	static long encryptedSize(long plaintext) {
		long segmentPlaintext = CIPHERTEXT_SEGMENT - TAG;
		long segments = (plaintext + HEADER + segmentPlaintext - 1) / segmentPlaintext;
		return plaintext + HEADER + TAG * segments;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
