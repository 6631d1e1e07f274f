/**
 * Panel summaries: the anonymised record of a case the Child Death Overview Panel reads, kept current
 * by the services that change a case, and printed per case or as a meeting's pack.
 */
package uk.org.cdrfhir.panel;
