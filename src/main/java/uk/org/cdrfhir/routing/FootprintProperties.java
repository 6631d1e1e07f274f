package uk.org.cdrfhir.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deployment's footprint, as data: its local authorities (by GSS code), the designated doctor
 * responsible for each, the CDR Manager, and the statutory clocks. Another CDR partnership runs the
 * same server with its own values under {@code cdr.footprint}.
 */
@ConfigurationProperties(prefix = "cdr.footprint")
public class FootprintProperties {

	/** The partnership's name, for people. */
	private String name = "";

	private List<Area> areas = new ArrayList<>();

	private List<Role> designatedDoctors = new ArrayList<>();

	private Role cdrManager = new Role();

	private Deadlines deadlines = new Deadlines();

	public Optional<Area> area(String gssCode) {
		return areas.stream().filter(area -> area.getGssCode().equals(gssCode)).findFirst();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public List<Area> getAreas() {
		return areas;
	}

	public void setAreas(List<Area> areas) {
		this.areas = areas;
	}

	public List<Role> getDesignatedDoctors() {
		return designatedDoctors;
	}

	public void setDesignatedDoctors(List<Role> designatedDoctors) {
		this.designatedDoctors = designatedDoctors;
	}

	public Role getCdrManager() {
		return cdrManager;
	}

	public void setCdrManager(Role cdrManager) {
		this.cdrManager = cdrManager;
	}

	public Deadlines getDeadlines() {
		return deadlines;
	}

	public void setDeadlines(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	/** A local authority of the footprint and the designated doctor role responsible for it. */
	public static class Area {

		private String gssCode;
		private String name;
		/** Id of the designated doctor's PractitionerRole (one of {@code designated-doctors}). */
		private String designatedDoctor;

		public String getGssCode() {
			return gssCode;
		}

		public void setGssCode(String gssCode) {
			this.gssCode = gssCode;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDesignatedDoctor() {
			return designatedDoctor;
		}

		public void setDesignatedDoctor(String designatedDoctor) {
			this.designatedDoctor = designatedDoctor;
		}
	}

	/** A role the server routes work to, kept as a PractitionerRole with this id. No names of people. */
	public static class Role {

		private String id;
		private String title;
		/** ODS code of the organisation the role belongs to. */
		private String organizationOds;

		public String getId() {
			return id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getOrganizationOds() {
			return organizationOds;
		}

		public void setOrganizationOds(String organizationOds) {
			this.organizationOds = organizationOds;
		}
	}

	/**
	 * How long after its start each task falls due: after the notification is received for the first
	 * ones; after the stage change that opens them for the review's (reporting forms, CDRM, NCMD
	 * analysis); after the case opened for the panel review, which is aimed within 6 months of the death.
	 */
	public static class Deadlines {

		/** NCMD must be told within 48 hours. */
		private Duration notifyNcmd = Duration.ofHours(48);
		/** A Joint Agency Response starts at once for an unexpected death. */
		private Duration jar = Duration.ZERO;
		private Duration designatedDoctorReview = Duration.ofDays(7);
		private Duration triage = Duration.ofDays(1);
		private Duration outOfAreaTransfer = Duration.ofDays(2);
		/** Agencies' Reporting Forms, from the request. */
		private Duration reportingForms = Duration.ofDays(14);
		private Duration cdrm = Duration.ofDays(90);
		private Duration panelReview = Duration.ofDays(182);
		private Duration ncmdAnalysis = Duration.ofDays(14);

		public Duration getReportingForms() {
			return reportingForms;
		}

		public void setReportingForms(Duration reportingForms) {
			this.reportingForms = reportingForms;
		}

		public Duration getCdrm() {
			return cdrm;
		}

		public void setCdrm(Duration cdrm) {
			this.cdrm = cdrm;
		}

		public Duration getPanelReview() {
			return panelReview;
		}

		public void setPanelReview(Duration panelReview) {
			this.panelReview = panelReview;
		}

		public Duration getNcmdAnalysis() {
			return ncmdAnalysis;
		}

		public void setNcmdAnalysis(Duration ncmdAnalysis) {
			this.ncmdAnalysis = ncmdAnalysis;
		}

		public Duration getNotifyNcmd() {
			return notifyNcmd;
		}

		public void setNotifyNcmd(Duration notifyNcmd) {
			this.notifyNcmd = notifyNcmd;
		}

		public Duration getJar() {
			return jar;
		}

		public void setJar(Duration jar) {
			this.jar = jar;
		}

		public Duration getDesignatedDoctorReview() {
			return designatedDoctorReview;
		}

		public void setDesignatedDoctorReview(Duration designatedDoctorReview) {
			this.designatedDoctorReview = designatedDoctorReview;
		}

		public Duration getTriage() {
			return triage;
		}

		public void setTriage(Duration triage) {
			this.triage = triage;
		}

		public Duration getOutOfAreaTransfer() {
			return outOfAreaTransfer;
		}

		public void setOutOfAreaTransfer(Duration outOfAreaTransfer) {
			this.outOfAreaTransfer = outOfAreaTransfer;
		}
	}
}
