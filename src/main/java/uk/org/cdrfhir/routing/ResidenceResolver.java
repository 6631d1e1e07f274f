package uk.org.cdrfhir.routing;

import java.util.Optional;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;

import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.routing.postcode.PostcodeArea;
import uk.org.cdrfhir.routing.postcode.PostcodeDirectory;

/**
 * The footprint's routing rule: the local authority stated by the notifying system wins; otherwise
 * the full postcode of the home address is looked up in the postcode directory; otherwise (no
 * postcode, unknown or terminated) the residence is unresolved.
 */
@Component
public class ResidenceResolver {

	private final PostcodeDirectory postcodes;
	private final FootprintProperties footprint;

	public ResidenceResolver(PostcodeDirectory postcodes, FootprintProperties footprint) {
		this.postcodes = postcodes;
		this.footprint = footprint;
	}

	public Residence resolve(Patient child) {
		Optional<Address> home = child.getAddress().stream()
				.filter(address -> address.getUse() == Address.AddressUse.HOME)
				.findFirst()
				.or(() -> child.getAddress().stream().findFirst());
		if (home.isEmpty()) {
			return new Residence(Residence.Outcome.UNRESOLVED, Optional.empty(), "no home address");
		}
		Optional<String> stated = statedLocalAuthority(home.get());
		if (stated.isPresent()) {
			return classify(stated.get(), "local authority stated by the sender");
		}
		String postcode = home.get().getPostalCode();
		if (postcode == null || postcode.isBlank()) {
			return new Residence(Residence.Outcome.UNRESOLVED, Optional.empty(), "no postcode");
		}
		Optional<PostcodeArea> area = postcodes.lookup(postcode);
		if (area.isEmpty()) {
			return new Residence(Residence.Outcome.UNRESOLVED, Optional.empty(), "postcode not in the directory");
		}
		if (area.get().terminated()) {
			return new Residence(Residence.Outcome.UNRESOLVED, Optional.empty(), "postcode terminated");
		}
		return classify(area.get().gssCode(), "postcode");
	}

	private Residence classify(String gssCode, String how) {
		Residence.Outcome outcome = footprint.area(gssCode).isPresent()
				? Residence.Outcome.IN_AREA
				: Residence.Outcome.OUT_OF_AREA;
		return new Residence(outcome, Optional.of(gssCode), how);
	}

	private static Optional<String> statedLocalAuthority(Address address) {
		Extension extension = address.getExtensionByUrl(CdrUrls.LOCAL_AUTHORITY);
		if (extension != null && extension.getValue() instanceof Coding coding && coding.hasCode()) {
			return Optional.of(coding.getCode());
		}
		return Optional.empty();
	}
}
