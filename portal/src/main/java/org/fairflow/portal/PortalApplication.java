package org.fairflow.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The portal: web app, embedded engine (by default) and the job workers in one process.
 */
@SpringBootApplication(scanBasePackages = "org.fairflow")
@EntityScan("org.fairflow")
@EnableJpaRepositories("org.fairflow")
@ConfigurationPropertiesScan("org.fairflow")
public class PortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PortalApplication.class, args);
	}

}
