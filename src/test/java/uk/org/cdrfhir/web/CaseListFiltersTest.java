package uk.org.cdrfhir.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * The cases list's filters are FHIR searches the CDR Manager's token may make: the child's age band
 * at death (a neonatal death, a 3-year-old, a 16-year-old), a clock overdue or due by the end of today
 * (open tasks only: a completed overdue task no longer counts), each combined with stage and area.
 * Likewise the tasks list's, which the dashboard's clocks count: a type's open tasks by due date.
 */
class CaseListFiltersTest extends FhirServerTestBase {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	private CdrPackage cdrPackage;

	@Test
	void casesAreFoundByTheChildsAgeBandAtDeath() throws Exception {
		String neonatal = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR").bornBeforeDeath(Period.ofDays(4)));
		String postNeonatal = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR").bornBeforeDeath(Period.ofDays(28)));
		String toddler = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR").bornBeforeDeath(Period.ofYears(3)));
		String fiveYearOld = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ").bornBeforeDeath(Period.ofYears(5)));
		String teenager = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR").bornBeforeDeath(Period.ofYears(16)));
		List<String> ours = List.of(neonatal, postNeonatal, toddler, fiveYearOld, teenager);

		assertThat(found(filter(null, null, "under-28-days", null), ours)).containsExactly(neonatal);
		assertThat(found(filter(null, null, "28-to-364-days", null), ours)).containsExactly(postNeonatal);
		assertThat(found(filter(null, null, "1-to-4-years", null), ours)).containsExactly(toddler);
		assertThat(found(filter(null, null, "5-to-9-years", null), ours)).containsExactly(fiveYearOld);
		assertThat(found(filter(null, null, "10-to-14-years", null), ours)).isEmpty();
		assertThat(found(filter(null, null, "15-to-17-years", null), ours)).containsExactly(teenager);
		assertThat(found(filter("notified", "E06000055", "5-to-9-years", null), ours)).containsExactly(fiveYearOld);
		assertThat(found(filter("notified", "E06000032", "5-to-9-years", null), ours)).isEmpty();
		assertThat(found(filter(null, null, "not-a-band", null), ours)).containsExactlyInAnyOrderElementsOf(ours);
	}

	@Test
	void casesAreFoundByAnOpenClockOverdueOrDueByTheEndOfToday() throws Exception {
		Instant now = Instant.now();
		String overdue = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR"));
		String dueSoon = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR"));
		String notDue = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR"));
		String doneLate = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR"));
		List<String> ours = List.of(overdue, dueSoon, notDue, doneLate);
		Instant endOfToday = CaseQueries.Clock.at(now, LONDON).endOfToday();
		dueAt(ncmdTask(overdue), now.minus(Duration.ofHours(1)));
		dueAt(ncmdTask(dueSoon), now.plus(Duration.between(now, endOfToday).dividedBy(2)));
		dueAt(ncmdTask(notDue), endOfToday.plus(Duration.ofDays(1)));
		Task late = ncmdTask(doneLate);
		late.setStatus(Task.TaskStatus.COMPLETED);
		dueAt(late, now.minus(Duration.ofHours(2)));

		assertThat(found(filter(null, null, null, "overdue"), ours)).containsExactly(overdue);
		assertThat(found(filter(null, null, null, "today"), ours)).containsExactlyInAnyOrder(overdue, dueSoon);
		assertThat(found(filter("notified", "E06000032", null, "overdue"), ours)).containsExactly(overdue);
		assertThat(found(filter("closed", null, null, "overdue"), ours)).isEmpty();
	}

	@Test
	void aDesignatedDoctorFiltersTheirOwnCasesAlike() throws Exception {
		Instant now = Instant.now();
		String bedfordNeonatal = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ").bornBeforeDeath(Period.ofDays(4)));
		String bedfordOverdue = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ").bornBeforeDeath(Period.ofYears(3)));
		String lutonNeonatal = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR").bornBeforeDeath(Period.ofDays(4)));
		List<String> ours = List.of(bedfordNeonatal, bedfordOverdue, lutonNeonatal);
		dueAt(ncmdTask(bedfordOverdue), now.minus(Duration.ofHours(1)));
		dueAt(ncmdTask(lutonNeonatal), now.minus(Duration.ofHours(1)));

		assertThat(foundBy(DemoClient.DOCTOR_BEDFORDSHIRE, filter(null, null, "under-28-days", null), ours)).containsExactly(bedfordNeonatal);
		assertThat(foundBy(DemoClient.DOCTOR_BEDFORDSHIRE, filter(null, null, null, "overdue"), ours)).containsExactly(bedfordOverdue);
		assertThat(foundBy(DemoClient.DOCTOR_LUTON, filter(null, null, "under-28-days", "overdue"), ours)).containsExactly(lutonNeonatal);
		CaseQueries.CaseFilter unexpected = new CaseQueries.CaseFilter(null, null, "unexpected", null, null);
		assertThat(foundBy(DemoClient.DOCTOR_LUTON, unexpected, ours)).isSubsetOf(lutonNeonatal);
	}

	@Test
	void aTypesOpenTasksAreFoundByTheirClockUntilDone() throws Exception {
		Instant now = Instant.now();
		String overdue = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR"));
		String dueSoon = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ"));
		String notDue = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR"));
		List<String> ours = List.of(overdue, dueSoon, notDue);
		Instant endOfToday = CaseQueries.Clock.at(now, LONDON).endOfToday();
		dueAt(ncmdTask(overdue), now.minus(Duration.ofHours(1)));
		dueAt(ncmdTask(dueSoon), now.plus(Duration.between(now, endOfToday).dividedBy(2)));
		dueAt(ncmdTask(notDue), endOfToday.plus(Duration.ofDays(1)));

		assertThat(tasksFound("notify-ncmd", "overdue", ours)).containsExactly(overdue);
		assertThat(tasksFound("notify-ncmd", "today", ours)).containsExactly(dueSoon);
		assertThat(tasksFound("notify-ncmd", null, ours)).containsExactlyInAnyOrder(overdue, dueSoon, notDue);
		assertThat(tasksFound("notify-ncmd", null, ours))
				.as("the same tasks as by status and code")
				.containsExactlyInAnyOrderElementsOf(tasksFoundBy("Task?status=" + CaseQueries.OPEN_TASK_STATUSES + "&code=notify-ncmd", ours));
		assertThat(tasksFound("cdrm", "overdue", ours)).isEmpty();

		Task done = ncmdTask(overdue);
		done.setStatus(Task.TaskStatus.COMPLETED);
		client.update().resource(done).execute();
		assertThat(tasksFound("notify-ncmd", "overdue", ours)).isEmpty();
		assertThat(tasksFound(null, "overdue", ours)).doesNotContain(overdue);
		assertThat(tasksFound("notify-ncmd", null, ours)).containsExactlyInAnyOrder(dueSoon, notDue);
	}

	private static CaseQueries.CaseFilter filter(String stage, String area, String ageBand, String due) {
		return new CaseQueries.CaseFilter(stage, area, null, ageBand, due);
	}

	/** The ids of our cases the cases list's search finds, as the CDR Manager (other tests' cases left out). */
	private List<String> found(CaseQueries.CaseFilter filter, List<String> ours) {
		String query = CaseQueries.and(CaseQueries.cases(filter, CaseQueries.Clock.at(Instant.now(), LONDON)),
				"_id=" + String.join(",", ours) + "&_count=50");
		return client.search().byUrl(query).returnBundle(Bundle.class).execute().getEntry().stream()
				.map(entry -> (EpisodeOfCare) entry.getResource()).map(EpisodeOfCare::getIdPart).toList();
	}

	/** The same, as a designated doctor (whose searches the API narrows to their area). */
	private List<String> foundBy(DemoClient doctor, CaseQueries.CaseFilter filter, List<String> ours) throws Exception {
		String query = CaseQueries.and(CaseQueries.cases(filter, CaseQueries.Clock.at(Instant.now(), LONDON)),
				"_id=" + String.join(",", ours) + "&_count=50");
		HttpResponse<String> response = get(doctor, "/fhir/" + query);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ((Bundle) parse(response.body())).getEntry().stream()
				.map(entry -> (EpisodeOfCare) entry.getResource()).map(EpisodeOfCare::getIdPart).toList();
	}

	/** The cases of our open tasks the tasks list's search finds, as the CDR Manager (other tests' tasks left out). */
	private List<String> tasksFound(String type, String due, List<String> ours) {
		return tasksFoundBy(CaseQueries.openTasks(type, due, CaseQueries.Clock.at(Instant.now(), LONDON)), ours);
	}

	private List<String> tasksFoundBy(String query, List<String> ours) {
		String focus = ours.stream().map(caseId -> "EpisodeOfCare/" + caseId).collect(java.util.stream.Collectors.joining(","));
		return client.search().byUrl(CaseQueries.and(query, "focus=" + focus + "&_count=50")).returnBundle(Bundle.class).execute()
				.getEntry().stream().map(entry -> (Task) entry.getResource()).map(task -> task.getFocus().getReferenceElement().getIdPart())
				.toList();
	}

	private Task ncmdTask(String caseId) {
		return client.search().byUrl("Task?focus=EpisodeOfCare/" + caseId + "&code=notify-ncmd").returnBundle(Bundle.class)
				.execute().getEntry().stream().map(entry -> (Task) entry.getResource()).findFirst().orElseThrow();
	}

	private void dueAt(Task task, Instant due) {
		task.getRestriction().getPeriod().setEnd(Date.from(due));
		client.update().resource(task).execute();
	}
}
