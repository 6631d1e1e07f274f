package uk.org.cdrfhir.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * On a bean that only exists when access control and audit are switched off
 * ({@code cdr.security.enabled=false}), which the server allows only under the {@code bench} profile,
 * to measure what they cost.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(prefix = "cdr.security", name = "enabled", havingValue = "false")
public @interface SecurityOff {
}
