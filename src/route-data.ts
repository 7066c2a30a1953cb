import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * The self-check and related pages are rendered after the page body (from front matter), so
 * Starlight's table of contents does not see their headings: add them.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
	const { toc, entry } = locals.starlightRoute;
	if (!toc) return;
	const { selfCheck = [], related = [] } = entry.data;
	if (selfCheck.length > 0) toc.items.push({ depth: 2, slug: 'self-check', text: 'Self-check', children: [] });
	if (related.length > 0) toc.items.push({ depth: 2, slug: 'related-pages', text: 'Related pages', children: [] });
});
