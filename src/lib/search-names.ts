import { compactTerm } from './search-terms.ts';
import { SERVICE_NAMES } from './services.ts';

const SERVICE_KEYS = new Set(SERVICE_NAMES.map(compactTerm));

/**
 * A page's aliases as search metadata, in two weights. A name (`cloudformation`, `stacksets`,
 * `kms`, `api-gateway`: one word, or a service's own name) is what the page is called, and aliases
 * are unique across the site, so a reader typing just that name gets this page first even when
 * twenty pages say "CloudFormation" in their titles. The others (`cloudformation-rollback`) are
 * descriptions and weigh less. Dashes become spaces, as readers type them.
 */
export function splitAliases(aliases: readonly string[]): { names: string[]; others: string[] } {
	const isName = (alias: string) => !alias.includes('-') || SERVICE_KEYS.has(compactTerm(alias));
	const spaced = (alias: string) => alias.replace(/-/g, ' ');
	return { names: aliases.filter(isName).map(spaced), others: aliases.filter((alias) => !isName(alias)).map(spaced) };
}
