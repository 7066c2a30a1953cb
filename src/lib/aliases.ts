import type { KbPage } from './pages';

export interface AliasTarget {
	alias: string;
	page: KbPage;
}

/**
 * Collects the `aliases` of every page, each a short link `/go/<alias>/`. Two pages claiming the
 * same alias is an error naming both files, since a short link can lead to one page only.
 */
export function collectAliases(pages: KbPage[]): AliasTarget[] {
	const owners = new Map<string, KbPage>();
	const clashes: string[] = [];
	for (const page of pages) {
		for (const alias of page.data.aliases) {
			const owner = owners.get(alias);
			if (owner && owner !== page) clashes.push(`"${alias}" is claimed by ${owner.filePath} and ${page.filePath}`);
			else owners.set(alias, page);
		}
	}
	if (clashes.length > 0) {
		throw new Error(
			`[kb:aliases] Each alias is a short link /go/<alias>/ to one page, but:\n  ${clashes.join('\n  ')}\n` +
				'  Fix: keep the alias on the page it names best and remove it (or rename it) on the other.',
		);
	}
	return [...owners].map(([alias, page]) => ({ alias, page }));
}
