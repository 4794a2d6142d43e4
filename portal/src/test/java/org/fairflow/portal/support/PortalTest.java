package org.fairflow.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole portal on PostgreSQL with its embedded engine, on a random port. Every class
 * with this annotation shares one application context; tests isolate themselves through
 * {@link Fixtures} (a delegation tree and units of their own), never by cleaning tables.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ Fixtures.class, CleanSchema.class, MovableClock.class })
public @interface PortalTest {

}
