package uk.org.cdrfhir.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The FHIR searches behind the pages, said once: the dashboard counts them ({@code _summary=count})
 * and the lists it links to page through the same searches, so a number and its list agree.
 */
final class CaseQueries {

	/** A task not yet done. */
	static final String OPEN_TASK_STATUSES = "draft,requested,received,accepted,ready,in-progress,on-hold";

	static final List<Labelled> STAGES = List.of(new Labelled("notified", "Notified"),
			new Labelled("information-gathering", "Information gathering"), new Labelled("cdrm", "Child Death Review Meeting"),
			new Labelled("awaiting-panel", "Awaiting panel"), new Labelled("reviewed-by-panel", "Reviewed by panel"),
			new Labelled("closed", "Closed"));

	/** The statutory clocks, by task type (CodeSystem cdr-task-type). */
	static final List<Labelled> TASK_TYPES = List.of(new Labelled("notify-ncmd", "Notify NCMD (48 hours)"),
			new Labelled("jar", "Joint Agency Response"), new Labelled("designated-doctor-review", "Designated doctor review"),
			new Labelled("request-reporting-forms", "Request reporting forms"), new Labelled("cdrm", "Child Death Review Meeting"),
			new Labelled("panel-review", "Panel review"), new Labelled("triage", "Triage"),
			new Labelled("out-of-area-transfer", "Out-of-area transfer"));

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

	static String label(List<Labelled> codes, String code) {
		return codes.stream().filter(known -> known.code().equals(code)).map(Labelled::label).findFirst().orElse(code);
	}

	/**
	 * Open tasks, of a type or of any type when blank, due: "overdue" (before now), "today" (from now
	 * to the end of today), or at any time.
	 */
	static String openTasks(String type, String due, Clock clock) {
		StringBuilder query = new StringBuilder("Task?status=").append(OPEN_TASK_STATUSES);
		if (type != null && !type.isBlank()) {
			query.append("&code=").append(encode(type));
		}
		if ("overdue".equals(due)) {
			query.append("&due-date=lt").append(clock.now());
		} else if ("today".equals(due)) {
			query.append("&due-date=ge").append(clock.now()).append("&due-date=lt").append(clock.endOfToday());
		}
		return query.toString();
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
