package org.fairflow.portal.incidents;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The incident reader polls the engine's record stream on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IncidentsConfiguration {

}
