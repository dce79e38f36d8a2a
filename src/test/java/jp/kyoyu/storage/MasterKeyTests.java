package jp.kyoyu.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import com.google.crypto.tink.Aead;

/** Where the master key may come from, and where it is refused. */
class MasterKeyTests {

	@TempDir
	Path data;

	@Test
	void aMissingKeyFileIsCreatedOnceAndReadAfterwards() throws Exception {
		Path keyFile = data.resolve("keys/master-key.json");
		Aead first = MasterKey.load(settings(keyFile, null));
		String written = Files.readString(keyFile);
		byte[] sealed = first.encrypt("鍵".getBytes(StandardCharsets.UTF_8), new byte[0]);

		Aead second = MasterKey.load(settings(keyFile, null));

		assertThat(Files.readString(keyFile)).isEqualTo(written);
		assertThat(second.decrypt(sealed, new byte[0])).isEqualTo("鍵".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theSettingWinsOverTheFileAndIsTheSameKey() throws Exception {
		Path keyFile = data.resolve("keys/master-key.json");
		Aead fromFile = MasterKey.load(settings(keyFile, null));
		String base64 = Base64.getEncoder().encodeToString(Files.readAllBytes(keyFile));
		byte[] sealed = fromFile.encrypt(new byte[] { 1, 2, 3 }, new byte[0]);

		Aead fromSetting = MasterKey.load(settings(data.resolve("elsewhere/none.json"), base64));

		assertThat(fromSetting.decrypt(sealed, new byte[0])).containsExactly(1, 2, 3);
		assertThat(data.resolve("elsewhere/none.json")).doesNotExist();
	}

	@Test
	void aKeyFileInsideTheFileStoreIsRefused() {
		assertThatThrownBy(() -> MasterKey.load(settings(data.resolve("files/keys/master-key.json"), null)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("inside the file store");
		assertThat(data.resolve("files/keys/master-key.json")).doesNotExist();
	}

	@Test
	void aSettingThatIsNotAKeysetIsRefused() {
		assertThatThrownBy(() -> MasterKey.load(settings(data.resolve("k.json"), "not base64!")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("base64");
		String notAKeyset = Base64.getEncoder().encodeToString("{\"primaryKeyId\": 1}".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> MasterKey.load(settings(data.resolve("k.json"), notAKeyset)))
			.isInstanceOf(IllegalStateException.class);
	}

	private StorageSettings settings(Path keyFile, String inline) {
		return new StorageSettings(data.resolve("files"), DataSize.ofGigabytes(5), Duration.ofHours(24), keyFile, inline);
	}
}
