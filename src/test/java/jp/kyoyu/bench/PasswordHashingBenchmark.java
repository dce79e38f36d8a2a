package jp.kyoyu.bench;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How much a login costs for the password check: our PBKDF2-HMAC-SHA256 at the production iteration count,
 * against Camunda's default (one salted SHA-512) as the baseline, measured in the same process. Prints
 * ratios; asserts nothing. Run: {@code ./mvnw test -Dexcluded.test.groups= -Dtest='*Benchmark'}.
 */
@Tag("benchmark")
class PasswordHashingBenchmark {

	private static final String PASSWORD = "hatake-ni-ame-ga-furu";

	@Test
	void pbkdf2AgainstCamundaDefault() throws Exception {
		int iterations = 310_000;
		long baseline = nanosPerOp(2000, () -> sha512(PASSWORD + "salt0123456789ab"));
		long pbkdf2 = nanosPerOp(20, () -> pbkdf2(PASSWORD, iterations));
		System.out.printf("password check  baseline SHA-512 (Camunda default): %,d ns/op%n", baseline);
		System.out.printf("password check  PBKDF2-HMAC-SHA256 x %,d:          %,d ns/op (%.0f x baseline)%n",
				iterations, pbkdf2, (double) pbkdf2 / baseline);
	}

	private static long nanosPerOp(int operations, Runnable op) {
		for (int i = 0; i < Math.max(3, operations / 10); i++) {
			op.run();
		}
		long start = System.nanoTime();
		for (int i = 0; i < operations; i++) {
			op.run();
		}
		return (System.nanoTime() - start) / operations;
	}

	private static void sha512(String input) {
		try {
			Base64.getEncoder().encodeToString(
					MessageDigest.getInstance("SHA-512").digest(input.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void pbkdf2(String password, int iterations) {
		try {
			javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
				.generateSecret(new javax.crypto.spec.PBEKeySpec(password.toCharArray(), new byte[16], iterations, 256));
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
