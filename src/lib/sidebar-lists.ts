import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { DOMAINS } from './domains';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/** Where a domain's sidebar list is written (under the site's base path): `sidebar/sdlc.json`. */
export const sidebarListFile = (domainSlug: string) => `sidebar/${domainSlug}.json`;

/** A link of a domain's sidebar group, as the client script rebuilds it. */
export interface SidebarListLink {
	href: string;
	label: string;
}

/**
 * The sidebar a page carries. Every domain group but the current page's keeps only its first
 * link (the domain's landing page, which lists all its pages); the script of the Sidebar override
 * fetches the rest (`sidebar/<domain>.json`) when the reader opens the group. Without it every page
 * would carry every link of the site: 4 KB gzipped at 100 pages, 13 KB at 1,000.
 */
export function pruneSidebar(sidebar: SidebarEntry[], base: string): SidebarEntry[] {
	return sidebar.map((entry) => {
		if (entry.type !== 'group' || hasCurrent(entry)) return entry;
		const domain = DOMAINS.find((d) => entry.entries[0]?.type === 'link' && entry.entries[0].href === `${base}${d.slug}/`);
		const landing = entry.entries[0];
		if (!domain || landing?.type !== 'link' || entry.entries.length === 1) return entry;
		return { ...entry, entries: [{ ...landing, attrs: { ...landing.attrs, 'data-kb-sidebar-list': `${base}${sidebarListFile(domain.slug)}` } }] };
	});
}

function hasCurrent(entry: SidebarEntry): boolean {
	return entry.type === 'link' ? entry.isCurrent : entry.entries.some(hasCurrent);
}

/**
 * The links of a domain's sidebar group as its landing page shows them (open there, with every
 * page in Starlight's order and labels), read from the built HTML. Undefined without such a group.
 */
export function readSidebarList(html: string, landingHref: string): SidebarListLink[] | undefined {
	let links: SidebarListLink[] | undefined;
	visit(fromHtml(html), 'element', (node: Element) => {
		if (links || node.tagName !== 'details') return;
		const found: SidebarListLink[] = [];
		visit(node, 'element', (child: Element) => {
			if (child.tagName === 'a' && typeof child.properties.href === 'string') found.push({ href: child.properties.href, label: toString(child).trim() });
		});
		if (found[0]?.href === landingHref) links = found;
	});
	return links;
}
