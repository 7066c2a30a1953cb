import { getCollection } from 'astro:content';
import { getPathOfId, type KbPage } from './pages';

/** Site paths a page links to: its prose links and its `related` pages (anchors dropped). */
export function getLinkedPaths(page: KbPage): Set<string> {
	const paths = new Set<string>();
	for (const match of (page.body ?? '').matchAll(/\]\((\/[^)\s#]*)(?:#[^)\s]*)?\)/g)) paths.add(match[1]!);
	for (const related of page.data.related) paths.add(related.split('#')[0]!);
	paths.delete(getPathOfId(page.id));
	return paths;
}

let graph: Promise<Map<string, KbPage[]>> | undefined;

/** Pages whose text links to the page at `path`, by title; the link graph is built once a build. */
export async function getBacklinks(path: string): Promise<KbPage[]> {
	graph ??= (async () => {
		const byTarget = new Map<string, KbPage[]>();
		for (const page of await getCollection('docs')) {
			for (const target of getLinkedPaths(page)) byTarget.set(target, [...(byTarget.get(target) ?? []), page]);
		}
		for (const pages of byTarget.values()) pages.sort((a, b) => a.data.title.localeCompare(b.data.title));
		return byTarget;
	})();
	return (await graph).get(path) ?? [];
}
