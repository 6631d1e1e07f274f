package uk.org.cdrfhir.synthetic;

import java.util.List;
import java.util.Random;

/**
 * Given names and surnames drawn independently from common lists, so the combinations name no one in
 * particular: synthetic data must never describe a real child or family.
 */
final class FictionalNames {

	private static final List<String> GIRLS = List.of("Amelia", "Isla", "Ava", "Mia", "Grace", "Freya", "Lily",
			"Aisha", "Maryam", "Zara", "Hana", "Amara", "Chloe", "Ruby", "Sofia", "Evie", "Fatima", "Priya", "Zainab",
			"Ella", "Poppy", "Imani", "Maja", "Layla", "Niamh");
	private static final List<String> BOYS = List.of("Oliver", "Noah", "Leo", "Jack", "Harry", "Muhammad", "Ibrahim",
			"Yusuf", "Arjun", "Theo", "Oscar", "Jayden", "Samuel", "Kofi", "Daniel", "Ethan", "Adam", "Ali", "Kai",
			"Reuben", "Tomasz", "Rohan", "Elijah", "Finley", "Zayn");
	private static final List<String> WOMEN = List.of("Sarah", "Emma", "Aaliyah", "Nadia", "Claire", "Rebecca",
			"Shabana", "Gemma", "Joanna", "Ayesha", "Chantelle", "Laura", "Kasia", "Precious", "Nicola", "Sadia",
			"Hannah", "Lucy", "Anita", "Stacey");
	private static final List<String> MEN = List.of("James", "Imran", "Michael", "David", "Tariq", "Craig", "Daniel",
			"Asif", "Marcus", "Piotr", "Gary", "Samir", "Kwame", "Lee", "Stuart", "Ravi", "Andrew", "Jamal", "Paul",
			"Wayne");
	private static final List<String> SURNAMES = List.of("Marsh", "Hartwell", "Ashworth", "Kaur", "Begum", "Khan",
			"Okafor", "Mensah", "Thornton", "Fairclough", "Bhatt", "Hussain", "Nowak", "Pennington", "Greaves",
			"Rahman", "Calloway", "Whitlock", "Osei", "Brennan", "Latimer", "Iqbal", "Draper", "Kowalczyk", "Sandhu",
			"Holloway", "Achebe", "Marlowe", "Chaudhry", "Redfern");
	private static final List<String> DOCTORS = List.of("Natarajan", "Okonkwo", "Whitfield", "Castellano",
			"Abernethy", "Lindqvist", "Mahmood", "Farrant");

	private FictionalNames() {
	}

	static String girl(Random random) {
		return pick(GIRLS, random);
	}

	static String boy(Random random) {
		return pick(BOYS, random);
	}

	static String woman(Random random) {
		return pick(WOMEN, random);
	}

	static String man(Random random) {
		return pick(MEN, random);
	}

	static String surname(Random random) {
		return pick(SURNAMES, random);
	}

	static String doctorSurname(Random random) {
		return pick(DOCTORS, random);
	}

	private static String pick(List<String> names, Random random) {
		return names.get(random.nextInt(names.size()));
	}
}
