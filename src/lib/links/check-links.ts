import { findClosest } from '../closest';

/** What the link check knows about one built page. */
export interface BuiltPage {
	/** Site path without the base: `/sdlc/codebuild/`. */
	path: string;
	/** Every `id` on the page (the anchors a link can target). */
	ids: Set<string>;
	/** Old anchors kept for renamed headings: valid targets, never suggested. */
	aliasIds?: Set<string>;
	/** Every link on the page, as written in the HTML (base included). */
	hrefs: string[];
}

export interface LinkIssue {
	/** The page the link is on. */
	page: string;
	href: string;
	problem: string;
	/** The target that was probably meant, if one is close. */
	suggestion?: string;
}

/**
 * Checks every internal link and anchor of a built site. `hasFile` answers for links to files
 * that are not pages (`/favicon.svg`, `/_astro/x.css`), given a path without the base.
 */
export function checkLinks(pages: BuiltPage[], base: string, hasFile: (path: string) => boolean): LinkIssue[] {
	const byPath = new Map(pages.map((page) => [page.path, page]));
	const issues: LinkIssue[] = [];
	for (const page of pages) {
		for (const href of new Set(page.hrefs)) {
			const target = resolveInternal(href, page.path, base);
			if (!target) continue;
			const issue = checkTarget(target, byPath, hasFile);
			if (issue) issues.push({ page: page.path, href, ...issue });
		}
	}
	return issues;
}

function checkTarget(
	target: { path: string; hash: string; outsideBase?: boolean },
	byPath: Map<string, BuiltPage>,
	hasFile: (path: string) => boolean,
): Omit<LinkIssue, 'page' | 'href'> | undefined {
	if (target.outsideBase) return { problem: `${target.path} is outside the site's base path, so it leads nowhere when the site is hosted there` };
	const linked = byPath.get(target.path);
	if (!linked) {
		if (/\.[a-z0-9]+$/i.test(target.path) && hasFile(target.path)) return undefined;
		const suggestion = findClosest(target.path, byPath.keys());
		const hint = target.path.endsWith('/') || /\.[a-z0-9]+$/i.test(target.path) ? '' : ' (site paths end with a slash)';
		return { problem: `no page at ${target.path}${hint}`, suggestion: suggestion && suggestion + (target.hash ? `#${target.hash}` : '') };
	}
	if (target.hash && !linked.ids.has(target.hash) && !linked.aliasIds?.has(target.hash)) {
		const anchors = [...linked.ids].filter(isContentAnchor);
		const closest = findClosest(target.hash, anchors);
		return {
			problem: `${target.path} has no anchor #${target.hash}. Its anchors: ${anchors.map((a) => `#${a}`).join(', ') || 'none'}`,
			suggestion: closest && `${target.path}#${closest}`,
		};
	}
	return undefined;
}

/**
 * Turns an href into a site path and fragment, or undefined for links that leave the site
 * (another scheme or host) or for protocol-relative links.
 */
export function resolveInternal(href: string, fromPath: string, base: string): { path: string; hash: string; outsideBase?: boolean } | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
	const url = new URL(href, `https://kb.invalid${base.replace(/\/$/, '')}${fromPath}`);
	if (url.host !== 'kb.invalid') return undefined;
	const basePrefix = base.replace(/\/$/, '');
	let path = decodeURIComponent(url.pathname);
	if (basePrefix) {
		if (path !== basePrefix && !path.startsWith(`${basePrefix}/`)) return { path, hash: '', outsideBase: true };
		path = path.slice(basePrefix.length) || '/';
	}
	return { path, hash: decodeURIComponent(url.hash.slice(1)) };
}

/** Anchors worth suggesting: not the ids of Starlight's chrome or of diagram internals. */
function isContentAnchor(id: string): boolean {
	return !id.startsWith('_') && !id.startsWith('mmd-') && !id.startsWith('kb-term-') && !id.startsWith('starlight__') && id !== 'theme-icons';
}
