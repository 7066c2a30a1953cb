import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getBacklinks } from './lib/backlinks';
import { getPathOfId } from './lib/pages';

/**
 * The self-check, related pages and backlinks are rendered after the page body, so Starlight's
 * table of contents does not see their headings: add them.
 */
export const onRequest = defineRouteMiddleware(async ({ locals }) => {
	const { toc, entry } = locals.starlightRoute;
	if (!toc) return;
	const { selfCheck = [], related = [] } = entry.data;
	if (selfCheck.length > 0) toc.items.push({ depth: 2, slug: 'self-check', text: 'Self-check', children: [] });
	if (related.length > 0) toc.items.push({ depth: 2, slug: 'related-pages', text: 'Related pages', children: [] });
	if ((await getBacklinks(getPathOfId(entry.id))).length > 0) toc.items.push({ depth: 2, slug: 'referenced-by', text: 'Referenced by', children: [] });
});
