package app.backcoach;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring test on an in-memory database with a controllable clock. Every service and view test uses
 * this same setup, so they all share one cached application context. Tagged {@code database}: the
 * {@code postgres} Maven profile runs these a second time on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Tag("database")
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
public @interface BackCoachTest {
}
