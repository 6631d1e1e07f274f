package uk.org.cdrfhir.synthetic;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import uk.org.cdrfhir.synthetic.SamplePostcodes.SamplePostcode;

/**
 * Draws home addresses: mostly in the three footprint authorities, some in Milton Keynes or elsewhere in
 * England, a few with a postcode the directory does not know, without a postcode, or abroad. Postcodes
 * come from the bundled directory sample; streets are ordinary English street names.
 */
final class HomeAddresses {

	private static final Set<String> NAMED_AREAS = Set.of(HomeArea.BEDFORD.gssCode(),
			HomeArea.CENTRAL_BEDFORDSHIRE.gssCode(), HomeArea.LUTON.gssCode(), HomeArea.MILTON_KEYNES.gssCode());

	private static final Weighted<HomeArea> RESIDENCES = Weighted.of(HomeArea.LUTON, 28)
			.or(HomeArea.CENTRAL_BEDFORDSHIRE, 30)
			.or(HomeArea.BEDFORD, 22)
			.or(HomeArea.MILTON_KEYNES, 8)
			.or(HomeArea.ELSEWHERE_IN_ENGLAND, 6)
			.or(HomeArea.POSTCODE_NOT_IN_DIRECTORY, 2.5)
			.or(HomeArea.NO_POSTCODE, 2)
			.or(HomeArea.OUTSIDE_ENGLAND, 1.5);

	/** An old address may carry a terminated postcode; its area still holds. */
	private static final double TERMINATED_POSTCODE_SHARE = 0.04;
	private static final double STATED_LOCAL_AUTHORITY_SHARE = 0.1;

	private static final List<String> STREETS = List.of("Mill Close", "Station Road", "Church Street", "Orchard Way",
			"High Street", "Park Avenue", "Windmill Road", "Meadow Lane", "Chestnut Drive", "Victoria Road",
			"Brook Street", "Willow Crescent", "The Green", "Manor Road", "Cedar Grove", "Albert Street",
			"Beech Walk", "Kingfisher Close", "Ash Court", "London Road");

	private static final Map<String, String> POST_TOWNS = Map.ofEntries(Map.entry("LU1", "Luton"),
			Map.entry("LU2", "Luton"), Map.entry("LU3", "Luton"), Map.entry("LU4", "Luton"),
			Map.entry("LU5", "Dunstable"), Map.entry("LU6", "Dunstable"), Map.entry("LU7", "Leighton Buzzard"),
			Map.entry("MK40", "Bedford"), Map.entry("MK41", "Bedford"), Map.entry("MK42", "Bedford"),
			Map.entry("MK43", "Bedford"), Map.entry("MK44", "Bedford"), Map.entry("MK45", "Bedford"),
			Map.entry("MK2", "Milton Keynes"), Map.entry("MK6", "Milton Keynes"), Map.entry("MK9", "Milton Keynes"),
			Map.entry("MK16", "Newport Pagnell"), Map.entry("MK17", "Milton Keynes"), Map.entry("MK46", "Olney"),
			Map.entry("SG5", "Hitchin"), Map.entry("SG15", "Arlesey"), Map.entry("SG17", "Shefford"),
			Map.entry("SG18", "Biggleswade"), Map.entry("SG19", "Sandy"), Map.entry("SG1", "Stevenage"),
			Map.entry("SG6", "Letchworth Garden City"), Map.entry("NN10", "Rushden"), Map.entry("PE19", "St. Neots"),
			Map.entry("AL5", "Harpenden"), Map.entry("WD18", "Watford"), Map.entry("HP1", "Hemel Hempstead"),
			Map.entry("WC1N", "London"), Map.entry("E1", "London"), Map.entry("SE1", "London"));

	private static final List<String[]> ABROAD = List.of(
			new String[] { "Visiting family; lives in France, address not known", "FR" },
			new String[] { "Visiting relatives; lives in Poland, address not known", "PL" },
			new String[] { "Lives in Ireland; on holiday in England", "IE" },
			new String[] { "Lives in Scotland; full address not yet known", "GB" });

	private final SamplePostcodes postcodes;

	HomeAddresses(SamplePostcodes postcodes) {
		this.postcodes = postcodes;
	}

	HomeAddress draw(Random random) {
		HomeArea residence = RESIDENCES.pick(random);
		String line = (1 + random.nextInt(120)) + " " + STREETS.get(random.nextInt(STREETS.size()));
		return switch (residence) {
			case BEDFORD, CENTRAL_BEDFORDSHIRE, LUTON, MILTON_KEYNES -> {
				boolean terminated = random.nextDouble() < TERMINATED_POSTCODE_SHARE;
				List<SamplePostcode> candidates = postcodes.homesIn(residence.gssCode(), terminated);
				if (candidates.isEmpty()) {
					candidates = postcodes.homesIn(residence.gssCode(), false);
				}
				String postcode = pick(candidates, random).postcode();
				String stated = random.nextDouble() < STATED_LOCAL_AUTHORITY_SHARE ? residence.gssCode() : null;
				yield new HomeAddress(residence, line, postTown(postcode), postcode, null, "GB", stated);
			}
			case ELSEWHERE_IN_ENGLAND -> {
				String postcode = pick(postcodes.currentHomesOutside(NAMED_AREAS), random).postcode();
				yield new HomeAddress(residence, line, postTown(postcode), postcode, null, "GB", null);
			}
			case POSTCODE_NOT_IN_DIRECTORY -> {
				String postcode = unknownFootprintPostcode(random);
				yield new HomeAddress(residence, line, postTown(postcode), postcode, null, "GB", null);
			}
			case NO_POSTCODE -> new HomeAddress(residence, null, null, null, "HomeArea unknown", "GB", null);
			case OUTSIDE_ENGLAND -> {
				String[] abroad = ABROAD.get(random.nextInt(ABROAD.size()));
				yield new HomeAddress(residence, null, null, null, abroad[0], abroad[1], null);
			}
		};
	}

	/** A well-formed Luton or Bedford postcode that the directory sample does not hold (e.g. a new build). */
	private String unknownFootprintPostcode(Random random) {
		String letters = "ABDEFGHJLNPQRSTUWXYZ";
		while (true) {
			String district = random.nextBoolean() ? "LU" + (1 + random.nextInt(4)) : "MK4" + random.nextInt(3);
			String postcode = district + " " + random.nextInt(10) + letters.charAt(random.nextInt(letters.length()))
					+ letters.charAt(random.nextInt(letters.length()));
			if (!postcodes.contains(postcode)) {
				return postcode;
			}
		}
	}

	private static String postTown(String postcode) {
		return POST_TOWNS.get(postcode.substring(0, postcode.indexOf(' ')));
	}

	private static <T> T pick(List<T> list, Random random) {
		return list.get(random.nextInt(list.size()));
	}
}
