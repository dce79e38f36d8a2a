package jp.kyoyu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Kyoyu (共有): the information sharing system one agency and one contractor use for the life of a contract.
 * Every direct sub-package is a module; their boundaries are verified by Spring Modulith.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KyoyuApplication {

	public static void main(String[] args) {
		SpringApplication.run(KyoyuApplication.class, args);
	}
}
