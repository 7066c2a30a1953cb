import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { getBacklinks } from './lib/backlinks';
import { getPathOfId, withBase } from './lib/pages';
import { formatContentError } from './lib/content-error';
import { getDomainOfId } from './lib/domains';
import { pruneSidebar } from './lib/sidebar-lists';
import { withTrailingSlash } from './lib/site-paths';
// The same file diagrams.css names in its @font-face, so the preload and the font are one fetch.
import diagramFontUrl from './assets/fonts/inter-diagram-400.woff2?url';

/**
 * The self-check, related pages and backlinks are rendered after the page body, so Starlight's
 * table of contents does not see their headings: add them. Collapsed domain groups of the
 * sidebar carry only their landing page (src/lib/sidebar-lists.ts).
 */
export const onRequest = defineRouteMiddleware(async ({ locals, site }) => {
	const { toc, entry, head } = locals.starlightRoute;
	requireExamTags(entry);
	// Pagination was worked out from the whole sidebar already; this only changes what the page carries.
	locals.starlightRoute.sidebar = pruneSidebar(locals.starlightRoute.sidebar, withTrailingSlash(import.meta.env.BASE_URL));
	addPreviewImage(head, entry.id, entry.data.title, site);
	if (entry.body?.includes('<Diagram')) preloadDiagramFont(head);
	if (!toc) return;
	const { selfCheck = [], related = [] } = entry.data;
	if (selfCheck.length > 0) toc.items.push({ depth: 2, slug: 'self-check', text: 'Self-check', children: [] });
	if (related.length > 0) toc.items.push({ depth: 2, slug: 'related-pages', text: 'Related pages', children: [] });
	if ((await getBacklinks(getPathOfId(entry.id))).length > 0) toc.items.push({ depth: 2, slug: 'referenced-by', text: 'Referenced by', children: [] });
});

/**
 * Announces the page's link-preview image (drawn at the end of the build, see
 * src/lib/og/) so a pasted link unfurls with the title and domain.
 */
function addPreviewImage(head: StarlightRouteData['head'], id: string, title: string, site: URL | undefined) {
	if (!site || id === '404') return;
	const path = getPathOfId(id);
	const image = new URL(withBase(`/og${path === '/' ? '/index' : path.replace(/\/$/, '')}.png`), site).href;
	head.push(
		{ tag: 'meta', attrs: { property: 'og:image', content: image } },
		{ tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
		{ tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
		{ tag: 'meta', attrs: { property: 'og:image:alt', content: title } },
		{ tag: 'meta', attrs: { name: 'twitter:image', content: image } },
	);
}

/**
 * A page with diagrams asks for their font from the head, so it is there by the time the drawings
 * are laid out: otherwise the labels are first drawn in a fallback font, then laid out again.
 */
function preloadDiagramFont(head: StarlightRouteData['head']) {
	head.push({ tag: 'link', attrs: { rel: 'preload', href: diagramFontUrl, as: 'font', type: 'font/woff2', crossorigin: '' } });
}

/** Every page of a domain (not its landing page) says which exam-guide lines it teaches. */
function requireExamTags(entry: { id: string; filePath?: string; data: { exam?: string[] } }) {
	const domain = getDomainOfId(entry.id);
	if (!domain || entry.id === domain.slug || entry.id === `${domain.slug}/index`) return;
	if ((entry.data.exam ?? []).length > 0) return;
	throw new Error(
		formatContentError(
			'exam',
			entry.filePath,
			undefined,
			'lists no exam-guide lines in `exam:`.',
			`add the ids of the lines this page teaches, such as \`exam: ['${domain.number}.1.K1', '${domain.number}.1.S2']\`; /exam/ and docs/_exam-guide.yml list them.`,
		),
	);
}
