package uk.org.cdrfhir.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** On the beans of access control and audit: present unless they are switched off for a benchmark ({@link SecurityOff}). */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(prefix = "cdr.security", name = "enabled", havingValue = "true", matchIfMissing = true)
public @interface SecurityOn {
}
