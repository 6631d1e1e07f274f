package uk.org.cdrfhir.ig;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import uk.org.cdrfhir.conformance.CdrPackage;

/** The element table and invariants of the real cdr-child profile, as the package defines it. */
class ElementTableTest {

	private static StructureDefinition child;
	private static ElementTable elementTable;

	@BeforeAll
	static void loadPackage() {
		FhirContext fhirContext = FhirContext.forR4Cached();
		CdrPackage cdrPackage = CdrPackage.load(fhirContext);
		child = cdrPackage.structureDefinition("cdr-child").orElseThrow();
		elementTable = new ElementTable(new CanonicalLinks(cdrPackage), fhirContext);
	}

	@Test
	void nhsNumberSliceIsOptionalMustSupportWithItsSystemFixed() {
		List<ElementRow> rows = elementTable.rows(child, false);

		ElementRow slice = row(rows, "Patient.identifier:nhsNumber");
		assertThat(slice.cardinality()).isEqualTo("0..1");
		assertThat(slice.mustSupport()).isTrue();
		assertThat(slice.shortDescription()).contains("NHS number");
		assertThat(slice.constrained()).isTrue();

		ElementRow system = row(rows, "Patient.identifier:nhsNumber.system");
		assertThat(system.cardinality()).isEqualTo("1..1");
		assertThat(system.fixedOrPattern()).isEqualTo("fixed: https://fhir.nhs.uk/Id/nhs-number");
		assertThat(system.depth()).isEqualTo(2);
	}

	@Test
	void deathIsRequiredAsADateTime() {
		ElementRow deceased = row(elementTable.rows(child, false), "Patient.deceased[x]");

		assertThat(deceased.cardinality()).isEqualTo("1..1");
		assertThat(deceased.types()).extracting(ElementRow.ElementType::code).containsExactly("dateTime");
	}

	@Test
	void typesLinkThisPackagesProfilesAndNameOthers() {
		List<ElementRow> rows = elementTable.rows(child, false);

		assertThat(row(rows, "Patient.extension:nhsNumberUnavailableReason").types().get(0).profiles())
				.containsExactly(new Link("Extension-UKCore-NHSNumberUnavailableReason",
						"/ig/profiles/Extension-UKCore-NHSNumberUnavailableReason"));
		ElementRow.ElementType gp = row(rows, "Patient.generalPractitioner").types().get(0);
		assertThat(gp.code()).isEqualTo("Reference");
		assertThat(gp.profiles()).containsExactly(Link.text("Organization"));
	}

	@Test
	void bindingShowsStrengthAndValueSetWithoutItsVersion() {
		ElementRow gender = row(elementTable.rows(child, false), "Patient.gender");

		assertThat(gender.bindingStrength()).isEqualTo("required");
		assertThat(gender.valueSet()).isEqualTo(Link.text("administrative-gender"));
	}

	@Test
	void showsOnlyConstrainedElementsUnlessAllAreAskedFor() {
		List<ElementRow> constrained = elementTable.rows(child, false);
		List<ElementRow> all = elementTable.rows(child, true);

		assertThat(all).hasSize(child.getSnapshot().getElement().size());
		assertThat(constrained).hasSize(child.getDifferential().getElement().size()).allMatch(ElementRow::constrained);
		assertThat(constrained).extracting(ElementRow::id).doesNotContain("Patient.id", "Patient.telecom");
		assertThat(all).extracting(ElementRow::id).contains("Patient.id", "Patient.telecom");
		assertThat(row(all, "Patient.id").types()).extracting(ElementRow.ElementType::code).containsExactly("string");
	}

	@Test
	void invariantsAreTheProfilesOwnWithTheirExpressions() {
		List<Invariant> invariants = elementTable.invariants(child);

		assertThat(invariants).extracting(Invariant::key).containsExactlyInAnyOrder("cdr-nhs-number-check-digit",
				"cdr-nhs-number-or-reason", "cdr-death-after-birth", "cdr-death-not-future", "cdr-under-18-at-death",
				"cdr-home-address-postcode");
		Invariant postcode = invariants.stream().filter(i -> i.key().equals("cdr-home-address-postcode")).findFirst().orElseThrow();
		assertThat(postcode.severity()).isEqualTo("warning");
		assertThat(postcode.expression()).contains("postalCode.exists()");
		assertThat(postcode.elementId()).isEqualTo("Patient");
	}

	private static ElementRow row(List<ElementRow> rows, String id) {
		return rows.stream().filter(row -> row.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("No row " + id));
	}
}
