package org.fairflow.probe;

import org.fairflow.workers.WorkersConfiguration;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * An application outside org.fairflow.workers, wired the way the portal is meant to be.
 */
@SpringBootApplication
@Import(WorkersConfiguration.class)
public class ProbeApplication {

}
