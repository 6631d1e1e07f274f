package uk.org.cdrfhir.synthetic;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import uk.org.cdrfhir.fhir.AgeBand;

/** Counts of a set of notifications by home area, age band, expectedness and place: what the generator produced. */
public final class NotificationMix {

	private final Collection<SyntheticNotification> notifications;

	public NotificationMix(Collection<SyntheticNotification> notifications) {
		this.notifications = notifications;
	}

	public Map<HomeArea, Long> byResidence() {
		return countBy(SyntheticNotification::residence, HomeArea.class);
	}

	public Map<AgeBand, Long> byAgeBand() {
		return countBy(SyntheticNotification::ageBand, AgeBand.class);
	}

	public Map<PlaceOfDeathType, Long> byPlaceOfDeath() {
		return countBy(SyntheticNotification::placeOfDeath, PlaceOfDeathType.class);
	}

	public Map<NotifyingSite, Long> byNotifyingSite() {
		return countBy(SyntheticNotification::notifyingSite, NotifyingSite.class);
	}

	/** Share (0 to 1) of the notifications that match. */
	public double share(Predicate<SyntheticNotification> matching) {
		return notifications.isEmpty() ? 0 : (double) count(matching) / notifications.size();
	}

	public long count(Predicate<SyntheticNotification> matching) {
		return notifications.stream().filter(matching).count();
	}

	/** A few lines for a person: each count with its percentage. */
	public String describe() {
		StringBuilder out = new StringBuilder();
		out.append("By home area:    ").append(line(byResidence(), HomeArea::label)).append('\n');
		out.append("By age band:     ").append(line(byAgeBand(), AgeBand::display)).append('\n');
		out.append("Expectedness:    ").append(part("expected", count(SyntheticNotification::expected)))
				.append(", ").append(part("unexpected", count(notification -> !notification.expected()))).append('\n');
		out.append("Likely category: ").append(part("perinatal/neonatal event",
				count(SyntheticNotification::perinatalOrNeonatalEvent))).append('\n');
		out.append("Place of death:  ").append(line(byPlaceOfDeath(), PlaceOfDeathType::display)).append('\n');
		out.append("Notifying site:  ").append(line(byNotifyingSite(), NotifyingSite::siteName)).append('\n');
		out.append("Other:           ").append(part("referred to the coroner", count(SyntheticNotification::coronerReferral)))
				.append(", ").append(part("NHS number absent", count(notification -> notification.nhsNumber() == null)));
		return out.toString();
	}

	private <K extends Enum<K>> Map<K, Long> countBy(Function<SyntheticNotification, K> key, Class<K> type) {
		Map<K, Long> counts = new EnumMap<>(type);
		counts.putAll(notifications.stream().collect(Collectors.groupingBy(key, Collectors.counting())));
		return counts;
	}

	private <K> String line(Map<K, Long> counts, Function<K, String> label) {
		return counts.entrySet().stream().map(entry -> part(label.apply(entry.getKey()), entry.getValue()))
				.collect(Collectors.joining(", "));
	}

	private String part(String label, long count) {
		return String.format("%s %d (%.0f%%)", label, count, notifications.isEmpty() ? 0.0 : 100.0 * count / notifications.size());
	}
}
