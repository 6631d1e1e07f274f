package uk.org.cdrfhir.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;

/**
 * Reads a request body as a stream of elements, without building anything, and finds the first
 * place where it holds more than {@link InputLimits} allow: a refusal costs a fraction of a pass over
 * the text, however many entries follow. Where is said as FHIRPath into the body
 * ({@code Bundle.entry}, {@code Bundle.entry[3].resource.ofType(Patient).name}). A body that is not
 * well-formed is left to the parser, which says why.
 */
final class InputShape {

	/** A limit exceeded: the setting, its value, what exceeded it and where. */
	record Exceeded(String setting, int limit, String what, String expression) {
	}

	private static final String XHTML = "http://www.w3.org/1999/xhtml";
	private static final String ENTRY = "entry";

	private final FhirContext fhirContext;
	private final InputLimits limits;
	private final JsonFactory jsonFactory = new JsonFactory();
	private final XMLInputFactory xmlFactory;

	InputShape(FhirContext fhirContext, InputLimits limits) {
		this.fhirContext = fhirContext;
		this.limits = limits;
		this.xmlFactory = XMLInputFactory.newFactory();
		xmlFactory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		xmlFactory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
	}

	Optional<Exceeded> firstExceeded(byte[] body, EncodingEnum encoding) {
		Walk walk = new Walk();
		try {
			if (encoding == EncodingEnum.JSON) {
				walkJson(body, walk);
			} else if (encoding == EncodingEnum.XML) {
				walkXml(body, walk);
			}
			return Optional.empty();
		} catch (LimitReached reached) {
			return Optional.of(reached.exceeded);
		} catch (IOException | XMLStreamException | RuntimeException notWellFormed) {
			return Optional.empty(); // the parser answers 400 with the reason
		}
	}

	private void walkJson(byte[] body, Walk walk) throws IOException {
		try (JsonParser json = jsonFactory.createParser(body)) {
			for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
				JsonStreamContext context = json.getParsingContext();
				switch (token) {
					case START_OBJECT -> walk.enter(context.getParent().inRoot() ? null : nameOf(context.getParent()),
							context.getParent().inArray());
					case END_OBJECT -> walk.exit();
					case START_ARRAY, END_ARRAY, FIELD_NAME -> {
						// an array is its items, each counted as it is met
					}
					default -> {
						String name = nameOf(context);
						if ("resourceType".equals(name) && context.inObject()) {
							walk.resourceType(json.getText());
						} else {
							walk.leaf(name, context.inArray());
						}
					}
				}
			}
		}
	}

	/** The property a value in this context belongs to (an array's, for an item of it). */
	private static String nameOf(JsonStreamContext context) {
		return context.inArray() ? context.getParent().getCurrentName() : context.getCurrentName();
	}

	private void walkXml(byte[] body, Walk walk) throws XMLStreamException {
		XMLStreamReader xml = xmlFactory.createXMLStreamReader(new ByteArrayInputStream(body));
		try {
			int narrativeDepth = 0; // XHTML inside a narrative is text to FHIR, whatever it holds
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					if (narrativeDepth > 0 || XHTML.equals(xml.getNamespaceURI())) {
						narrativeDepth++;
					} else if (walk.isEmpty()) {
						walk.enter(null, false);
						walk.resourceType(xml.getLocalName());
					} else if (Character.isUpperCase(xml.getLocalName().charAt(0))) {
						walk.resourceWrapped(xml.getLocalName()); // <resource><Patient>: the entry's resource type
					} else {
						walk.enter(xml.getLocalName(), null);
					}
				} else if (event == XMLStreamConstants.END_ELEMENT) {
					if (narrativeDepth > 0) {
						narrativeDepth--;
					} else {
						walk.exit();
					}
				}
			}
		} finally {
			xml.close();
		}
	}

	private static final class LimitReached extends RuntimeException {
		private final transient Exceeded exceeded;

		LimitReached(Exceeded exceeded) {
			super(null, null, false, false);
			this.exceeded = exceeded;
		}
	}

	/** An element being read: its FHIRPath, definition (null when unknown) and the repeats of its children. */
	private static final class Frame {
		String path;
		BaseRuntimeElementDefinition<?> definition;
		String resourceType;
		final Map<String, Integer> repeats = new HashMap<>();

		Frame(String path, BaseRuntimeElementDefinition<?> definition) {
			this.path = path;
			this.definition = definition;
		}
	}

	/** The elements of one body, met in order. */
	private final class Walk {
		private final Deque<Frame> frames = new ArrayDeque<>();
		private int bundleEntries;

		boolean isEmpty() {
			return frames.isEmpty();
		}

		/**
		 * An element with children begins; {@code name} is null for the resource at the root;
		 * {@code inList} says whether the body lists it (JSON), null when only its definition knows (XML).
		 */
		void enter(String name, Boolean inList) {
			if (name == null) {
				frames.push(new Frame("", null));
				return;
			}
			Frame parent = frames.peek();
			String fhirName = fhirName(parent, name);
			String path = count(parent, fhirName, inList != null ? inList : repeats(parent, name));
			frames.push(new Frame(path, childDefinition(parent, name)));
			if (frames.size() > limits.maxDepth()) {
				throw new LimitReached(new Exceeded("max-depth", limits.maxDepth(),
						"elements nested more than " + limits.maxDepth() + " deep", path));
			}
		}

		/** A primitive value: counted as a repeat of its element. */
		void leaf(String name, boolean inList) {
			if (name != null && !frames.isEmpty()) {
				count(frames.peek(), fhirName(frames.peek(), name), inList);
			}
		}

		void exit() {
			frames.pop();
		}

		/** The element being read is a resource of this type (the root, or a Bundle entry's resource). */
		void resourceType(String type) {
			Frame frame = frames.peek();
			if (frame == null || frame.resourceType != null) {
				return;
			}
			frame.resourceType = type;
			frame.path = frame.path.isEmpty() ? type : frame.path + ".ofType(" + type + ")";
			frame.definition = fhirContext.getResourceTypes().contains(type) ? fhirContext.getResourceDefinition(type) : null;
		}

		/** In XML, the element naming the type of a resource held by the element being read. */
		void resourceWrapped(String type) {
			resourceType(type);
			Frame wrapper = frames.peek();
			Frame resource = new Frame(wrapper.path, wrapper.definition);
			resource.resourceType = wrapper.resourceType;
			frames.push(resource);
		}

		/** Counts one more {@code fhirName} in {@code parent}; returns the FHIRPath of the new one. */
		private String count(Frame parent, String fhirName, boolean inList) {
			int seen = parent.repeats.merge(fhirName, 1, Integer::sum);
			String list = parent.path + "." + fhirName;
			boolean entry = ENTRY.equals(fhirName);
			int limit = entry ? limits.maxEntries() : limits.maxRepeats();
			if (seen > limit) {
				throw new LimitReached(entry
						? new Exceeded("max-entries", limit, "more than " + limit + " entries", list)
						: new Exceeded("max-repeats", limit, "more than " + limit + " repeats of " + fhirName, list));
			}
			if (entry && "Bundle".equals(parent.resourceType) && ++bundleEntries > limits.maxEntriesPerRequest()) {
				throw new LimitReached(new Exceeded("max-entries-per-request", limits.maxEntriesPerRequest(),
						"more than " + limits.maxEntriesPerRequest() + " Bundle entries in all", list));
			}
			return inList ? list + "[" + (seen - 1) + "]" : list;
		}

		/** The element's name in FHIRPath: {@code value} for {@code valueString}, {@code given} for {@code _given}. */
		private String fhirName(Frame parent, String name) {
			String element = name.startsWith("_") ? name.substring(1) : name;
			BaseRuntimeChildDefinition child = childOf(parent, element);
			return child == null ? element : child.getElementName();
		}

		private boolean repeats(Frame parent, String name) {
			BaseRuntimeChildDefinition child = childOf(parent, name.startsWith("_") ? name.substring(1) : name);
			return child != null && child.getMax() != 1;
		}

		private BaseRuntimeElementDefinition<?> childDefinition(Frame parent, String name) {
			String element = name.startsWith("_") ? name.substring(1) : name;
			BaseRuntimeChildDefinition child = childOf(parent, element);
			return child == null ? null : child.getChildByName(element);
		}

		private BaseRuntimeChildDefinition childOf(Frame parent, String element) {
			return parent.definition instanceof BaseRuntimeElementCompositeDefinition<?> composite
					? composite.getChildByName(element)
					: null;
		}
	}
}
