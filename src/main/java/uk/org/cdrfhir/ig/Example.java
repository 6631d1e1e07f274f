package uk.org.cdrfhir.ig;

import java.util.Set;

/**
 * An example instance of the package.
 *
 * @param title and {@code description} as the ImplementationGuide resource lists the example
 * @param conformsTo the canonicals of the profiles its resources claim (also inside a Bundle) and
 *        of the extensions it uses
 * @param json the example, pretty-printed
 */
public record Example(String file, String resourceType, String id, String title, String description,
		Set<String> conformsTo, String json) {
}
