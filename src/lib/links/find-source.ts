import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The content file a built page comes from, if any: `/sdlc/codebuild/` → `docs/sdlc/codebuild.mdx`. */
export function findSourceFile(docsDir: string, pagePath: string): string | undefined {
	const slug = pagePath.replace(/^\/|\/$/g, '');
	const candidates = slug === '' ? ['index.mdx'] : [`${slug}.mdx`, `${slug}/index.mdx`];
	return candidates.map((c) => join(docsDir, c)).find((file) => existsSync(file));
}

/**
 * The line of a content file where an href is written: a prose link `](/x/)`, a front matter
 * `related` entry or a self-check `section`. The base path is not in the source, so it is removed.
 */
export function findLineOfHref(file: string, href: string, base: string): number | undefined {
	const basePrefix = base.replace(/\/$/, '');
	const written = basePrefix && href.startsWith(`${basePrefix}/`) ? href.slice(basePrefix.length) : href;
	const lines = readFileSync(file, 'utf8').split('\n');
	// The href must stand whole: `/sdlc/` must not match inside `/sdlc/codebuild/`.
	const pattern = new RegExp(`(^|[\\s(\\[,'"])${escapeRegExp(written)}($|[\\s)\\],'"])`);
	const index = lines.findIndex((line) => pattern.test(line));
	return index === -1 ? undefined : index + 1;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
