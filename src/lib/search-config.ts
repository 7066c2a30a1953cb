/** Settings of the search UI, shared by the search component and its tests. */
export const SEARCH_CONFIG = {
	/** The query parameter of a shareable search URL: `/?q=buildspec`. */
	queryParam: 'q',
	/** The parameter Pagefind adds to result links; the page it opens highlights those terms. */
	highlightParam: 'highlight',
	/** A title or service match outranks a match in the body. */
	ranking: { metaWeights: { title: 10, services: 6 } },
	excerptLength: 24,
	/** Pagefind filters set on each page by PageMeta. */
	filters: [
		{ name: 'domain', label: 'Domain' },
		{ name: 'service', label: 'Service' },
	],
} as const;
