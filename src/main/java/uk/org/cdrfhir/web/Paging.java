package uk.org.cdrfhir.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A list's place in its search: the page shown (from 0), the rows per page and the total the API counted. */
public record Paging(int page, int size, int total) {

	/** The search parameters that ask the API for this page, and its total. */
	static String parameters(int page, int size) {
		return "&_count=" + size + "&_offset=" + (long) page * size + "&_total=accurate";
	}

	public int pages() {
		return Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	/** The same list's address (its filters kept) at another page. */
	public String hrefTo(int otherPage) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", otherPage).build().toUriString();
	}
}
