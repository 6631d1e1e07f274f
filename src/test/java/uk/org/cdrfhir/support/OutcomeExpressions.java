package uk.org.cdrfhir.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.StringType;

import ca.uhn.fhir.context.FhirContext;

/** What a client does with an OperationOutcome's expressions: finds the elements in what it sent. */
public final class OutcomeExpressions {

	private OutcomeExpressions() {
	}

	/** Every issue has an expression; each parses as FHIRPath and finds at least one element of {@code sent}. */
	public static void assertEveryExpressionFindsAnElement(OperationOutcome outcome, IBaseResource sent) {
		for (OperationOutcomeIssueComponent issue : outcome.getIssue()) {
			assertThat(issue.getExpression()).as(issue.getDiagnostics()).isNotEmpty();
			for (StringType expression : issue.getExpression()) {
				List<IBase> found = FhirContext.forR4Cached().newFhirPath().evaluate(sent, expression.getValue(), IBase.class);
				assertThat(found).as(expression.getValue() + " for " + issue.getDiagnostics()).isNotEmpty();
			}
		}
	}
}
