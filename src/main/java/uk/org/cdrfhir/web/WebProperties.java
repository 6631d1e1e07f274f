package uk.org.cdrfhir.web;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web UI's settings ({@code cdr.web}): the FHIR API its pages call with the person's token
 * (blank: this server's own, over the loopback interface on the port it listens on), the rows per
 * page of a list, and the time zone in which "due today" is meant.
 */
@ConfigurationProperties(prefix = "cdr.web")
public record WebProperties(String fhirBase, @DefaultValue("20") int pageSize, @DefaultValue("Europe/London") ZoneId zone) {
}
