import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildSearchTerms } from '../lib/search-terms';
import { SERVICE_NAMES } from '../lib/services';

/**
 * Service names, pages' short names and the site's own words close to them, for the search box
 * to read misspelt names (src/client/search-query.ts). Fetched when search opens, with Pagefind;
 * the service worker keeps it for offline use.
 */
export const GET: APIRoute = async () => {
	const pages = await getCollection('docs');
	const names = [...SERVICE_NAMES, ...pages.flatMap((page) => page.data.aliases ?? [])];
	const terms = buildSearchTerms(names, pages.map((page) => `${page.data.title} ${page.data.description ?? ''} ${page.body ?? ''}`));
	return new Response(JSON.stringify(terms), { headers: { 'content-type': 'application/json' } });
};
