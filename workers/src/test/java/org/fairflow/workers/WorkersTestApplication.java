package org.fairflow.workers;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * The application that this module's Spring tests run in (the module itself has none).
 */
@SpringBootApplication
public class WorkersTestApplication {

	/**
	 * Every test run starts from an empty schema, whatever an earlier run left behind.
	 */
	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return (flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
