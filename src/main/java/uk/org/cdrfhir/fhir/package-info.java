/**
 * The vocabulary every capability shares, and nothing else: the canonical URLs of the cdr-fhir
 * package, the NHS number, OperationOutcome answers, writes in the same transaction, and the marker
 * interfaces by which a capability contributes HAPI interceptors and providers (the {@code config}
 * package registers them). It depends on no other package of the project.
 */
package uk.org.cdrfhir.fhir;
