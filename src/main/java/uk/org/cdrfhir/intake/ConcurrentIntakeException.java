package uk.org.cdrfhir.intake;

import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;

/**
 * Another request holds the same key (the notification's identifier, or the child's case) in a
 * transaction of its own. The intake retries; a client only sees it (409) if retries run out.
 */
public class ConcurrentIntakeException extends ResourceVersionConflictException {

	public ConcurrentIntakeException(String message) {
		super(message);
	}
}
