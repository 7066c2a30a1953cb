/** Settings of the search UI, shared by the search component and its tests. */
export const SEARCH_CONFIG = {
	/** The query parameter of a shareable search URL: `/?q=buildspec`. */
	queryParam: 'q',
	/** The parameter Pagefind adds to result links; the page it opens highlights those terms. */
	highlightParam: 'highlight',
	/**
	 * Pagefind's ranking, as measured with the relevance set (`npm run bench`, bench/relevance/).
	 * Metadata (PageMeta): a page's own names outrank its title, then its other aliases and the
	 * readers' keywords; the services it lists weigh least, since one page lists up to twenty.
	 * termSimilarity 5 (default 1) ranks an exact word above longer words it begins (`sam` is not
	 * `sample`, `sync` not `synchronous`); termSaturation 2 (default 1.4) lets a page that keeps
	 * coming back to a term outrank one that mentions it in passing.
	 */
	ranking: {
		termSimilarity: 5,
		termSaturation: 2,
		metaWeights: { names: 15, title: 10, aliases: 8, keywords: 6, services: 3 },
	},
	excerptLength: 24,
	/** Pagefind filters set on each page by PageMeta. */
	filters: [
		{ name: 'domain', label: 'Domain' },
		{ name: 'service', label: 'Service' },
	],
} as const;
