package uk.org.cdrfhir.panel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

import uk.org.cdrfhir.conformance.CodeDisplays;
import uk.org.cdrfhir.fhir.AgeBand;
import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * One case's panel summary (a cdr-panel-summary Composition), anonymised by construction: each fact
 * is a code looked up in the package (never a display someone typed), a count, or a number of days
 * relative to the death; the only text is what the panel wrote for itself in the Analysis Form's
 * case-summary and learning-point items. Each coded fact is also a contained Observation, so a
 * system reads the summary without parsing its narrative.
 */
final class CaseSummary {

	static final String PROFILE = CdrUrls.BASE + "/StructureDefinition/cdr-panel-summary";
	static final String FACT_SYSTEM = CdrUrls.BASE + "/CodeSystem/cdr-summary-fact";
	static final String SECTION_SYSTEM = CdrUrls.BASE + "/CodeSystem/cdr-section";
	private static final String DOCUMENT_TYPE_SYSTEM = CdrUrls.BASE + "/CodeSystem/cdr-document-type";
	private static final String GENDER_SYSTEM = "http://hl7.org/fhir/administrative-gender";
	private static final String CATEGORY_SYSTEM = CdrUrls.BASE + "/CodeSystem/cdr-category-of-death";
	private static final String MODIFIABLE_SYSTEM = CdrUrls.BASE + "/CodeSystem/cdr-modifiable-factor-outcome";
	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
	private static final Comparator<TimelineEntry> BY_DAY = Comparator.comparingLong(TimelineEntry::day);

	private final SummarySources sources;
	private final CodeDisplays displays;
	private final Composition summary = new Composition();

	private CaseSummary(SummarySources sources, CodeDisplays displays) {
		this.sources = sources;
		this.displays = displays;
	}

	/** The summary's id: one per case, updated in place. */
	static String idOf(String caseId) {
		return "panel-summary-" + caseId;
	}

	static Composition of(SummarySources sources, CodeDisplays displays) {
		return new CaseSummary(sources, displays).build();
	}

	private Composition build() {
		EpisodeOfCare episode = sources.episode();
		String caseNumber = episode.getIdentifierFirstRep().getValue();
		summary.setId(idOf(episode.getIdElement().getIdPart()));
		summary.getMeta().addProfile(PROFILE);
		summary.getIdentifier().setSystem(CdrUrls.CASE_NUMBER_SYSTEM).setValue(caseNumber);
		summary.setStatus(reviewed() ? Composition.CompositionStatus.FINAL : Composition.CompositionStatus.PRELIMINARY);
		summary.setType(new CodeableConcept(new Coding(DOCUMENT_TYPE_SYSTEM, "panel-summary", "Child Death Overview Panel summary")));
		summary.setSubject(new Reference(episode.getIdElement().toUnqualifiedVersionless()));
		summary.setDate(new Date());
		summary.addAuthor().setDisplay("Child death review server, from the case record");
		summary.setTitle("Case " + caseNumber);

		caseSection();
		childSection();
		deathSection();
		analysisSection();
		timelineSection();
		agenciesSection();
		return summary;
	}

	private void caseSection() {
		SectionComponent section = section("summary-case", "The case");
		fact(section, "area", "Area", coded(sources.episode(), CdrUrls.RESPONSIBLE_AREA)
				.map(area -> new Coding(area.getSystem(), area.getCode(), area.getDisplay())), "with the CDR Manager (no area yet)");
		fact(section, "review-stage", "Review stage", coded(sources.episode(), CdrUrls.REVIEW_STAGE).flatMap(displays::defined), "not known");
		line(section, "Notifications received: " + sources.episode().getExtensionsByUrl(CdrUrls.CASE_NOTIFICATION).size());
	}

	private void childSection() {
		SectionComponent section = section("summary-child", "The child");
		Optional<Coding> ageBand = deathDate().filter(death -> sources.child().hasBirthDate())
				.map(death -> AgeBand.at(toLocalDate(sources.child().getBirthDate()), death))
				.map(band -> new Coding(AgeBand.SYSTEM, band.code(), band.display()));
		fact(section, "age-band", "Age band", ageBand, "not known");
		Optional<Coding> sex = Optional.ofNullable(sources.child().getGender())
				.map(gender -> new Coding(GENDER_SYSTEM, gender.toCode(), gender.getDisplay()));
		fact(section, "sex", "Sex", sex, "not known");
	}

	private void deathSection() {
		SectionComponent section = section("summary-death", "The death");
		DeathFacts death = sources.death();
		fact(section, DeathFacts.EXPECTEDNESS, "Expected or unexpected", death.expectedness().flatMap(displays::defined), "not stated");
		fact(section, DeathFacts.PLACE_OF_DEATH_TYPE, "Place of death", death.placeOfDeathType().flatMap(displays::defined), "not stated");
	}

	private void analysisSection() {
		SectionComponent section = section("summary-analysis", "The panel's analysis");
		fact(section, "category-of-death", "Category of death", conclusion("category-of-death", CATEGORY_SYSTEM), "not yet decided");
		fact(section, "modifiable-factors", "Modifiable factors", conclusion("modifiable-factors", MODIFIABLE_SYSTEM),
				"not yet decided");
		sources.analysis().ifPresent(analysis -> {
			answersTo(analysis, "case-summary").forEach(text -> line(section, "Case summary (written for the panel): " + text));
			answersTo(analysis, "learning-point").forEach(text -> line(section, "Learning point: " + text));
		});
	}

	private void timelineSection() {
		SectionComponent section = section("summary-timeline", "Timeline (days after the death)");
		Optional<LocalDate> death = deathDate();
		if (death.isEmpty()) {
			line(section, "The date of death is not recorded: no timeline");
			return;
		}
		List<TimelineEntry> entries = new ArrayList<>();
		entries.add(new TimelineEntry(0, "Death"));
		EpisodeOfCare episode = sources.episode();
		dayOf(death.get(), episode.getPeriod().getStart()).ifPresent(day -> entries.add(new TimelineEntry(day, "Case opened")));
		for (Task task : sources.tasks()) {
			Optional<Coding> type = taskType(task);
			if (type.isEmpty()) {
				continue;
			}
			String what = agencyOf(task).map(agency -> agency.getDisplay() + " reporting form").orElse(type.get().getDisplay());
			dayOf(death.get(), task.getAuthoredOn()).ifPresent(day -> entries.add(new TimelineEntry(day, what + ": started")));
			if (task.getStatus() == Task.TaskStatus.COMPLETED) {
				dayOf(death.get(), completedAt(task)).ifPresent(day -> entries.add(new TimelineEntry(day, what + ": done")));
			}
		}
		dayOf(death.get(), episode.getPeriod().getEnd()).ifPresent(day -> entries.add(new TimelineEntry(day, "Case closed")));
		entries.stream().sorted(BY_DAY).forEach(entry -> line(section, "Day " + entry.day() + ": " + entry.what()));
	}

	private void agenciesSection() {
		SectionComponent section = section("summary-agencies", "Agencies involved");
		List<String> agencies = sources.tasks().stream()
				.flatMap(task -> agencyOf(task).stream()
						.map(agency -> agency.getDisplay() + (task.getStatus() == Task.TaskStatus.COMPLETED ? ": reported"
								: task.getStatus() == Task.TaskStatus.CANCELLED ? ": not needed" : ": report awaited")))
				.sorted()
				.toList();
		if (agencies.isEmpty()) {
			line(section, "No reporting forms requested yet");
		}
		agencies.forEach(agency -> line(section, agency));
	}

	private record TimelineEntry(long day, String what) {
	}

	// --- parts

	private SectionComponent section(String code, String title) {
		SectionComponent section = summary.addSection().setTitle(title)
				.setCode(new CodeableConcept(new Coding(SECTION_SYSTEM, code, title)));
		XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
		div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
		section.getText().setStatus(Narrative.NarrativeStatus.GENERATED).setDiv(div);
		return section;
	}

	private static void line(SectionComponent section, String text) {
		section.getText().getDiv().addTag("p").addText(text);
	}

	/** A coded fact: a line of the narrative, and a contained Observation the section lists. */
	private void fact(SectionComponent section, String code, String label, Optional<Coding> value, String otherwise) {
		line(section, label + ": " + value.map(Coding::getDisplay).orElse(otherwise));
		if (value.isEmpty()) {
			return;
		}
		Observation fact = new Observation();
		fact.setId(code);
		fact.setStatus(Observation.ObservationStatus.FINAL);
		fact.setCode(new CodeableConcept(new Coding(FACT_SYSTEM, code, label)));
		fact.setValue(new CodeableConcept(value.get()));
		summary.addContained(fact);
		section.addEntry(new Reference("#" + code));
	}

	/** The value of a coded fact a stored summary holds (as {@link #fact} wrote it). */
	static Optional<Coding> storedFact(Composition summary, String code) {
		return summary.getContained().stream()
				.filter(Observation.class::isInstance).map(Observation.class::cast)
				.filter(fact -> fact.getCode().hasCoding(FACT_SYSTEM, code))
				.flatMap(fact -> fact.getValue() instanceof CodeableConcept concept ? concept.getCoding().stream() : Stream.empty())
				.findFirst();
	}

	private Optional<Coding> conclusion(String code, String valueSystem) {
		return sources.conclusions().stream()
				.filter(observation -> observation.getCode().hasCoding(CdrUrls.DEATH_DETAIL_SYSTEM, code))
				.flatMap(observation -> codingsOf(observation, valueSystem))
				.findFirst().flatMap(displays::defined);
	}

	private Optional<Coding> taskType(Task task) {
		return task.getCode().getCoding().stream()
				.filter(coding -> CdrUrls.TASK_TYPE_SYSTEM.equals(coding.getSystem()))
				.findFirst().flatMap(displays::defined);
	}

	private Optional<Coding> agencyOf(Task task) {
		return task.getPerformerType().stream().flatMap(type -> type.getCoding().stream())
				.filter(coding -> CdrUrls.AGENCY_SYSTEM.equals(coding.getSystem()))
				.findFirst().flatMap(displays::defined);
	}

	private boolean reviewed() {
		return coded(sources.episode(), CdrUrls.REVIEW_STAGE)
				.map(stage -> "reviewed-by-panel".equals(stage.getCode()) || "closed".equals(stage.getCode())).orElse(false);
	}

	private Optional<LocalDate> deathDate() {
		return sources.child().hasDeceasedDateTimeType()
				? Optional.of(toLocalDate(sources.child().getDeceasedDateTimeType().getValue())) : Optional.empty();
	}

	/** When a task was done: as the server records it, else (a caller completed it) when it was last written. */
	private static Date completedAt(Task task) {
		return task.hasLastModified() ? task.getLastModified() : task.getMeta().getLastUpdated();
	}

	private static Optional<Long> dayOf(LocalDate death, Date when) {
		return Optional.ofNullable(when).map(date -> ChronoUnit.DAYS.between(death, toLocalDate(date)));
	}

	private static LocalDate toLocalDate(Date date) {
		return date.toInstant().atZone(ENGLAND).toLocalDate();
	}

	private static Optional<Coding> coded(EpisodeOfCare episode, String extensionUrl) {
		Extension extension = episode.getExtensionByUrl(extensionUrl);
		return extension != null && extension.getValue() instanceof Coding coding ? Optional.of(coding) : Optional.empty();
	}

	static Stream<Coding> codingsOf(Observation observation, String system) {
		return observation.getValue() instanceof CodeableConcept concept
				? concept.getCoding().stream().filter(coding -> system.equals(coding.getSystem()))
				: Stream.empty();
	}

	private static List<String> answersTo(QuestionnaireResponse analysis, String linkId) {
		return analysis.getItem().stream()
				.filter(item -> linkId.equals(item.getLinkId()))
				.flatMap(item -> item.getAnswer().stream())
				.filter(answer -> answer.hasValueStringType())
				.map(answer -> answer.getValueStringType().getValue())
				.toList();
	}
}
