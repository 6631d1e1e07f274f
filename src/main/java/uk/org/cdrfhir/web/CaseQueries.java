package uk.org.cdrfhir.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import org.hl7.fhir.r4.model.Coding;

import uk.org.cdrfhir.conformance.CodeDisplays;
import uk.org.cdrfhir.fhir.AgeBand;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.review.ReviewStage;

/**
 * The FHIR searches behind the pages, said once: the dashboard counts them ({@code _count=0})
 * and the lists it links to page through the same searches, so a number and its list agree.
 */
final class CaseQueries {

	/** A task not yet done. */
	static final String OPEN_TASK_STATUSES = "draft,requested,received,accepted,ready,in-progress,on-hold";

	/** The review stages, in their order (CodeSystem cdr-review-stage). */
	static final List<Labelled> STAGES = Arrays.stream(ReviewStage.values())
			.map(stage -> new Labelled(stage.code(), stage.display())).toList();

	/** The child's age band at death (CodeSystem cdr-age-band), as the SearchParameter cdr-patient-age-band indexes it. */
	static final List<Labelled> AGE_BANDS = Arrays.stream(AgeBand.values())
			.map(band -> new Labelled(band.code(), band.display())).toList();

	/** The tasks with a statutory clock or a queue, as the pages list them (CodeSystem cdr-task-type). */
	static final List<String> TASK_TYPES = List.of("notify-ncmd", "jar", "designated-doctor-review",
			"request-reporting-forms", "reporting-form", "cdrm", "panel-review", "ncmd-analysis", "triage",
			"out-of-area-transfer");

	/** What the cases list is filtered by; a blank or unknown value filters nothing. */
	record CaseFilter(String stage, String area, String expectedness, String ageBand, String due) {
	}

	/** A code and what people call it. */
	record Labelled(String code, String label) {
	}

	/** "Now" and the end of today, fixed for one page so that its numbers and links agree. */
	record Clock(Instant now, Instant endOfToday) {
		static Clock at(Instant now, ZoneId zone) {
			ZonedDateTime local = now.atZone(zone);
			return new Clock(now.truncatedTo(ChronoUnit.SECONDS),
					local.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant());
		}
	}

	private CaseQueries() {
	}

	/** The task types with the package's displays. */
	static List<Labelled> taskTypes(CodeDisplays displays) {
		return TASK_TYPES.stream().map(code -> new Labelled(code, displays.defined(new Coding(CdrUrls.TASK_TYPE_SYSTEM, code, null))
				.map(Coding::getDisplay).orElse(code))).toList();
	}

	static String label(List<Labelled> codes, String code) {
		return codes.stream().filter(known -> known.code().equals(code)).map(Labelled::label).findFirst().orElse(code);
	}

	/**
	 * Open tasks, of a type or of any type when blank, due: "overdue" (before now), "today" (from now
	 * to the end of today), or at any time. A type's are found by {@code open-code}, which indexes
	 * open tasks only: {@code status} and {@code code} together join one more index, by seven
	 * statuses, and read every task of the type ever set, done ones included (a dashboard's count of
	 * them took twice as long in 5,000 cases).
	 */
	static String openTasks(String type, String due, Clock clock) {
		StringBuilder query = new StringBuilder("Task?");
		if (type != null && !type.isBlank()) {
			query.append("open-code=").append(encode(type));
		} else {
			query.append("status=").append(OPEN_TASK_STATUSES);
		}
		if ("overdue".equals(due)) {
			query.append("&due-date=lt").append(clock.now());
		} else if ("today".equals(due)) {
			query.append("&due-date=ge").append(clock.now()).append("&due-date=lt").append(clock.endOfToday());
		}
		return query.toString();
	}

	/**
	 * The cases list's search, without its sort and page: by stage and area ({@link #cases(String, String)}),
	 * unexpected deaths (a JAR task), the child's age band at death (a chain to the child) and a clock
	 * of the case: "overdue" (an open task due before now) or "today" (an open task due before the end
	 * of today, overdue ones included). Each clock condition is one parameter on one task: two
	 * {@code _has} parameters would each be met by any task of the case.
	 */
	static String cases(CaseFilter filter, Clock clock) {
		String query = cases(filter.stage(), filter.area());
		if ("unexpected".equals(filter.expectedness())) {
			query = and(query, "_has:Task:focus:code=jar");
		}
		if (AGE_BANDS.stream().anyMatch(band -> band.code().equals(filter.ageBand()))) {
			query = and(query, "patient.age-band=" + filter.ageBand());
		}
		if ("overdue".equals(filter.due())) {
			query = and(query, "_has:Task:focus:open-due-date=lt" + clock.now());
		} else if ("today".equals(filter.due())) {
			query = and(query, "_has:Task:focus:open-due-date=lt" + clock.endOfToday());
		}
		return query;
	}

	/** Cases by stage and by area (a GSS code, or "none" for a case no area is responsible for yet). */
	static String cases(String stage, String area) {
		StringBuilder query = new StringBuilder("EpisodeOfCare?");
		if (stage != null && !stage.isBlank()) {
			query.append("stage=").append(encode(stage)).append('&');
		}
		if ("none".equals(area)) {
			query.append("area:missing=true&");
		} else if (area != null && !area.isBlank()) {
			query.append("area=").append(encode(area)).append('&');
		}
		return query.substring(0, query.length() - 1);
	}

	/** Notification documents received since the given time. */
	static String notificationsSince(Instant since) {
		return "Bundle?type=document&_lastUpdated=ge" + since.truncatedTo(ChronoUnit.SECONDS);
	}

	/** A search with one more parameter (or more, joined by {@code &}). */
	static String and(String query, String parameters) {
		return query + (query.contains("?") ? "&" : "?") + parameters;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
