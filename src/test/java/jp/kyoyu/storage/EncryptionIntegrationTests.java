package jp.kyoyu.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Issue #16: file contents are encrypted with their project's key on disk, downloads (whole and Range) still
 * give the plaintext, and de-duplication happens within a project only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EncryptionIntegrationTests {

	static final long PROJECT = 9101;

	static final long OTHER_PROJECT = 9102;

	@Autowired
	FileStore store;

	@Autowired
	ObjectFiles files;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void theBytesOnDiskDoNotContainWhatWasUploaded() throws Exception {
		String marker = "KYOYU-MARKER-" + java.util.UUID.randomUUID();
		byte[] plaintext = (marker + " 工事打合せ簿 " + marker).repeat(50).getBytes(StandardCharsets.UTF_8);

		StoredFile stored = store.store(PROJECT, new ByteArrayInputStream(plaintext), "打合せ.txt", "text/plain");

		byte[] onDisk = Files.readAllBytes(files.objectPath(ObjectRef.of(PROJECT, stored.sha256())));
		assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain(marker);
		assertThat(new String(onDisk, StandardCharsets.UTF_8)).doesNotContain(marker);
		assertThat(files.objectPath(ObjectRef.plaintext(stored.sha256()))).doesNotExist();
		try (InputStream in = store.open(stored.id()).getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(plaintext);
		}
		assertThat(jdbc.queryForObject("select count(*) from storage_key where project_id = ?", Integer.class, PROJECT))
			.as("the project's key, wrapped").isEqualTo(1);
		assertThat(jdbc.queryForObject("select wrapped_keyset from storage_key where project_id = ?", String.class,
				PROJECT)).doesNotContain("AesGcmHkdfStreamingKey");
		assertThat(files.tempFiles()).as("no plaintext left in tmp/").isEmpty();
	}

	@Test
	void rangesAcrossSegmentsGiveTheRightBytes() throws Exception {
		byte[] bytes = FileStoreIntegrationTests.randomBytes(2_500_000); // three 1 MB segments
		StoredFile stored = store.store(PROJECT, new ByteArrayInputStream(bytes), "図面.pdf", "application/pdf");
		MockMvc mvc = downloads();

		mvc.perform(get("/files/{id}", stored.id()))
			.andExpect(status().isOk())
			.andExpect(header().longValue("Content-Length", bytes.length))
			.andExpect(header().string("ETag", "\"" + stored.sha256() + "\""))
			.andExpect(content().bytes(bytes));
		mvc.perform(get("/files/{id}", stored.id()).header("Range", "bytes=1048500-1048700"))
			.andExpect(status().isPartialContent())
			.andExpect(header().string("Content-Range", "bytes 1048500-1048700/2500000"))
			.andExpect(content().bytes(Arrays.copyOfRange(bytes, 1_048_500, 1_048_701)));
		mvc.perform(get("/files/{id}", stored.id()).header("Range", "bytes=-100"))
			.andExpect(status().isPartialContent())
			.andExpect(content().bytes(Arrays.copyOfRange(bytes, bytes.length - 100, bytes.length)));
		mvc.perform(get("/files/{id}", stored.id()).header("Range", "bytes=2400000-"))
			.andExpect(status().isPartialContent())
			.andExpect(content().bytes(Arrays.copyOfRange(bytes, 2_400_000, bytes.length)));
	}

	@Test
	@org.junit.jupiter.api.Timeout(30)
	void anEmptyFileReadsBackEmptyInsteadOfWaitingForever() throws Exception {
		// Tink's decrypting channel answers 0, never -1, at the end of an empty plaintext.
		StoredFile stored = store.store(PROJECT, new ByteArrayInputStream(new byte[0]), "空.txt", "text/plain");
		try (InputStream in = store.open(stored.id()).getInputStream()) {
			assertThat(in.read()).isEqualTo(-1);
			assertThat(in.readAllBytes()).isEmpty();
		}
		downloads().perform(get("/files/{id}", stored.id()))
			.andExpect(status().isOk())
			.andExpect(header().longValue("Content-Length", 0))
			.andExpect(content().bytes(new byte[0]));
	}

	@Test
	void theSameContentInTwoProjectsIsTwoObjectsAndOnceInEachProject() throws Exception {
		byte[] bytes = FileStoreIntegrationTests.randomBytes(3_000);
		StoredFile first = store.store(PROJECT, new ByteArrayInputStream(bytes), "a.bin", null);
		StoredFile again = store.store(PROJECT, new ByteArrayInputStream(bytes), "b.bin", null);
		StoredFile other = store.store(OTHER_PROJECT, new ByteArrayInputStream(bytes), "c.bin", null);

		assertThat(files.objectRefs()).filteredOn(ref -> ref.sha256().equals(first.sha256()))
			.containsExactlyInAnyOrder(ObjectRef.of(PROJECT, first.sha256()), ObjectRef.of(OTHER_PROJECT, first.sha256()));
		assertThat(again.sha256()).isEqualTo(first.sha256());
		assertThat(Files.readAllBytes(files.objectPath(ObjectRef.of(PROJECT, first.sha256()))))
			.as("each project its own key").isNotEqualTo(Files.readAllBytes(files.objectPath(ObjectRef.of(OTHER_PROJECT, other.sha256()))));
		for (StoredFile file : new StoredFile[] { first, again, other }) {
			try (InputStream in = store.open(file.id()).getInputStream()) {
				assertThat(in.readAllBytes()).isEqualTo(bytes);
			}
		}
	}

	@Test
	void aCopyIntoAnotherProjectIsEncryptedWithThatProjectsKey() throws Exception {
		byte[] bytes = FileStoreIntegrationTests.randomBytes(1_200_000);
		StoredFile original = store.store(PROJECT, new ByteArrayInputStream(bytes), "写真.jpg", "image/jpeg");
		store.claim(original.id());

		StoredFile sameProject = store.copy(original.id(), PROJECT);
		StoredFile otherProject = store.copy(original.id(), OTHER_PROJECT);

		assertThat(otherProject.sha256()).isEqualTo(original.sha256());
		assertThat(otherProject.size()).isEqualTo(bytes.length);
		assertThat(files.objectPath(ObjectRef.of(OTHER_PROJECT, original.sha256()))).exists();
		store.release(original.id());
		store.release(sameProject.id());
		new StorageCleanupAccess(context).cleanUpNow();
		assertThat(files.objectPath(ObjectRef.of(PROJECT, original.sha256()))).doesNotExist();
		ByteArrayOutputStream read = new ByteArrayOutputStream();
		try (InputStream in = store.open(otherProject.id()).getInputStream()) {
			in.transferTo(read);
		}
		assertThat(read.toByteArray()).isEqualTo(bytes);
	}

	private MockMvc downloads() {
		return MockMvcBuilders.standaloneSetup(new FileStoreIntegrationTests.Downloads(store))
			.setControllerAdvice(context.getBean("apiExceptionHandler"))
			.build();
	}

	/** The cleanup as the hourly job runs it. */
	record StorageCleanupAccess(ApplicationContext context) {

		void cleanUpNow() throws java.io.IOException {
			context.getBean(StorageCleanup.class).cleanUp(java.time.Instant.now());
		}
	}
}
