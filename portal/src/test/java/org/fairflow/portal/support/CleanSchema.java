package org.fairflow.portal.support;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Each test context starts on an empty schema of its own, migrated by the real
 * migrations.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanSchema {

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return (flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
