package jp.kyoyu.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.stereotype.Component;

/**
 * Makes Camunda hash the passwords it stores (ACT_ID_USER) with PBKDF2-HMAC-SHA256 instead of its default
 * single salted SHA-512, for every path: the portal, Camunda Admin and the engine REST API alike. New users get
 * READ only on their own Camunda user record ({@link OwnAccountReadOnly}).
 */
@Component
class CamundaIdentityPlugin extends AbstractProcessEnginePlugin {

	static final String ALGORITHM_NAME = "PBKDF2-SHA256";

	private final Pbkdf2PasswordHasher hasher;

	CamundaIdentityPlugin(Pbkdf2PasswordHasher hasher) {
		this.hasher = hasher;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setResourceAuthorizationProvider(new OwnAccountReadOnly());
		configuration.setPasswordEncryptor(new PasswordEncryptor() {

			@Override
			public String encrypt(String password) {
				return hasher.hash(password);
			}

			@Override
			public boolean check(String password, String encrypted) {
				return hasher.matches(password, encrypted);
			}

			@Override
			public String hashAlgorithmName() {
				return ALGORITHM_NAME;
			}
		});
	}
}
