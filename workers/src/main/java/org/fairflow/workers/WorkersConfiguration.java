package org.fairflow.workers;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * Everything in this module, for an application whose own package does not contain
 * {@code org.fairflow.workers}: {@code @Import(WorkersConfiguration.class)}.
 *
 * <p>
 * {@link AutoConfigurationPackage} adds this package to the ones Spring Boot scans for
 * JPA entities and repositories, next to the application's own, so the application needs
 * no {@code @EntityScan} (which would replace its own packages rather than add to them).
 *
 * <p>
 * The scan skips what {@code @SpringBootApplication} skips, and any application class:
 * this module's tests keep one in this package, which must not leak into an importing
 * application.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(excludeFilters = { @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
		@Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
		@Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class) })
@AutoConfigurationPackage
public class WorkersConfiguration {

}
