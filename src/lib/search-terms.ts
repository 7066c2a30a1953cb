import { getEditDistance } from './closest.ts';

/**
 * What the search box needs to read a query as the reader meant it (src/client/search-query.ts):
 * the names of services and pages' short names, and the words of the site that are one or two
 * letters away from one of them (`patch` next to `batch`), which must never be "corrected".
 * Pagefind has no typo tolerance and no synonyms, so this is the project's own, small and exact.
 */
export interface SearchTerms {
	/** A name in compact form (lower case, letters and digits only) → as the pages write it: `stepfunctions` → `step functions`. */
	names: Record<string, string>;
	/** Words of the site close to a name but not one, in compact form. */
	known: string[];
}

/** Lower case, letters and digits only: `Route 53` → `route53`, `cfn-init` → `cfninit`. */
export function compactTerm(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** How far a typed word may be from a name and still be read as that name: one letter, two in long words. */
export function correctionDistance(word: string): number {
	return word.length >= 9 ? 2 : 1;
}

/** The shortest word the search box corrects: below it, one letter makes a different word too often. */
export const MIN_CORRECTED_LENGTH = 5;

/**
 * `names`: service names and page aliases (`Step Functions`, `route-53`); `texts`: the text of
 * every page, for the words that must be left alone.
 */
export function buildSearchTerms(names: Iterable<string>, texts: Iterable<string>): SearchTerms {
	const byCompact: Record<string, string> = {};
	for (const name of names) {
		const compact = compactTerm(name);
		if (compact.length >= 2) byCompact[compact] ??= name.toLowerCase().replace(/-/g, ' ');
	}
	const keys = Object.keys(byCompact);
	const known = new Set<string>();
	const words = new Set<string>();
	for (const text of texts) for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) words.add(word);
	for (const word of words) {
		if (word.length < MIN_CORRECTED_LENGTH || byCompact[word]) continue;
		const limit = correctionDistance(word);
		if (keys.some((key) => Math.abs(key.length - word.length) <= limit && getEditDistance(word, key) <= limit)) known.add(word);
	}
	return { names: byCompact, known: [...known].sort() };
}
