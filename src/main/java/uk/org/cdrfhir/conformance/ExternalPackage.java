package uk.org.cdrfhir.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.utilities.npm.NpmPackage;

import ca.uhn.fhir.context.FhirContext;

/**
 * Another FHIR package's definitions (profiles, extensions, value sets, code systems) read from an
 * NPM package file given at run time, for the validator: UK Core, where a deployment has it. HAPI's
 * NpmPackageValidationSupport reads packages from the classpath only.
 */
final class ExternalPackage {

	private final String name;
	private final String version;
	private final PrePopulatedValidationSupport definitions;

	private ExternalPackage(String name, String version, PrePopulatedValidationSupport definitions) {
		this.name = name;
		this.version = version;
		this.definitions = definitions;
	}

	/** Reads the package file; a file that is missing or not an R4 FHIR package stops the start with the reason. */
	static ExternalPackage load(FhirContext fhirContext, Path file) {
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("The FHIR package file " + file + " does not exist (cdr.uk-core.package-file)");
		}
		try (InputStream in = Files.newInputStream(file)) {
			NpmPackage npm = NpmPackage.fromPackage(in);
			if (npm.fhirVersion() == null || !npm.fhirVersion().startsWith("4.0")) {
				throw new IllegalStateException("The FHIR package " + file + " is for FHIR " + npm.fhirVersion() + ", not R4 (cdr.uk-core.package-file)");
			}
			PrePopulatedValidationSupport definitions = new PrePopulatedValidationSupport(fhirContext);
			for (String fileName : npm.listResources("StructureDefinition", "ValueSet", "CodeSystem")) {
				try (InputStream resource = npm.loadResource(fileName)) {
					add(definitions, fhirContext.newJsonParser().parseResource(new String(resource.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
			return new ExternalPackage(npm.name(), npm.version(), definitions);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not read the FHIR package file " + file + " (cdr.uk-core.package-file)", e);
		}
	}

	private static void add(PrePopulatedValidationSupport definitions, IBaseResource resource) {
		if (resource instanceof StructureDefinition) {
			definitions.addStructureDefinition(resource);
		} else if (resource instanceof ValueSet) {
			definitions.addValueSet(resource);
		} else if (resource instanceof CodeSystem) {
			definitions.addCodeSystem(resource);
		}
	}

	String name() {
		return name;
	}

	String version() {
		return version;
	}

	PrePopulatedValidationSupport definitions() {
		return definitions;
	}
}
