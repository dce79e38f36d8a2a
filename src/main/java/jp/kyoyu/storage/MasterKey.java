package jp.kyoyu.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/**
 * The master key (an AES-256-GCM Tink keyset) that wraps every project's data key. It is read from the setting
 * {@code kyoyu.storage.master-key} (base64 of the keyset JSON, e.g. from an environment variable) or from the
 * file {@code kyoyu.storage.master-key-file}, which is created on first start. It must live outside the database
 * and the file store, so that a backup of those two never holds it: a file under the storage directory is
 * refused at start.
 */
final class MasterKey {

	private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

	private MasterKey() {
	}

	static Aead load(StorageSettings settings) {
		try {
			AeadConfig.register();
			return keyset(settings).getPrimitive(RegistryConfiguration.get(), Aead.class);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("kyoyu.storage master key is not a usable AES-GCM Tink keyset: " + e.getMessage(), e);
		}
	}

	private static KeysetHandle keyset(StorageSettings settings) throws GeneralSecurityException {
		String inline = settings.masterKey();
		if (inline != null && !inline.isBlank()) {
			String json;
			try {
				json = new String(Base64.getDecoder().decode(inline.strip()), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException e) {
				throw new IllegalStateException("kyoyu.storage.master-key must be the base64 of a Tink JSON keyset", e);
			}
			return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
		}
		Path file = settings.masterKeyFile().toAbsolutePath().normalize();
		if (file.startsWith(settings.directory().toAbsolutePath().normalize())) {
			throw new IllegalStateException("kyoyu.storage.master-key-file " + file + " lies inside the file store "
					+ settings.directory() + ": a backup of the files would hold the key that makes them readable");
		}
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the master key file " + file, e);
		}
	}

	/** A new key, written to a temp file and moved into place without replacing: two nodes starting at once agree. */
	private static void create(Path file) throws IOException, GeneralSecurityException {
		Files.createDirectories(file.getParent());
		String json = TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
				InsecureSecretKeyAccess.get());
		Path temp = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID());
		Files.writeString(temp, json);
		try {
			Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException e) {
			// not a POSIX file system: the directory's permissions must protect it
		}
		try {
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
			log.warn("Created a new storage master key in {}. Keep a copy of it OUTSIDE the database and file-store "
					+ "backups: without it no stored file can be read, and with it next to a backup an erased "
					+ "project's files could be.", file);
		}
		catch (FileAlreadyExistsException e) {
			Files.deleteIfExists(temp);
		}
	}
}
