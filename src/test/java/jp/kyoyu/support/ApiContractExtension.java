package jp.kyoyu.support;

import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test when any call it made to {@code /api/v1} was answered outside the API description
 * ({@link ApiContractFilter} collects them on the server side). Registered for every test through JUnit's
 * extension auto-detection (src/test/resources/META-INF/services), so no test can forget it.
 */
public class ApiContractExtension implements BeforeEachCallback, AfterEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		ApiContractFilter.takeViolations(); // a late call of an earlier test (a page still polling) is not this one's
	}

	@Override
	public void afterEach(ExtensionContext context) {
		List<String> violations = ApiContractFilter.takeViolations();
		if (!violations.isEmpty()) {
			throw new AssertionError(violations.size() + " call(s) of this test were answered outside the API "
					+ "description (docs/openapi.json):\n" + String.join("\n\n", violations));
		}
	}
}
