package jp.kyoyu.identity;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.springframework.stereotype.Component;

/**
 * PBKDF2-HMAC-SHA256 (a CRYPTREC-listed construction) through the JDK's own provider. The iteration count and
 * a 16-byte random salt are stored with each hash, so raising the count later keeps old hashes readable.
 * Format: {@code iterations$salt$hash}, both Base64.
 */
@Component
class Pbkdf2PasswordHasher {

	private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

	private static final int KEY_BITS = 256;

	private final SecureRandom random = new SecureRandom();

	private final int iterations;

	Pbkdf2PasswordHasher(SecuritySettings settings) {
		this.iterations = settings.password().pbkdf2Iterations();
	}

	String hash(String password) {
		byte[] salt = new byte[16];
		random.nextBytes(salt);
		byte[] hash = derive(password, salt, iterations);
		Base64.Encoder base64 = Base64.getEncoder();
		return iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
	}

	boolean matches(String password, String stored) {
		String[] parts = stored.split("\\$");
		if (parts.length != 3) {
			return false;
		}
		Base64.Decoder base64 = Base64.getDecoder();
		byte[] expected = base64.decode(parts[2]);
		byte[] actual = derive(password, base64.decode(parts[1]), Integer.parseInt(parts[0]));
		return MessageDigest.isEqual(expected, actual);
	}

	private static byte[] derive(String password, byte[] salt, int iterations) {
		PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
		try {
			return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The JDK lacks " + ALGORITHM, e);
		}
		finally {
			spec.clearPassword();
		}
	}
}
