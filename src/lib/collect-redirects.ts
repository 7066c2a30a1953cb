import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { getPathOfId } from './pages-paths';

/**
 * Reads the `redirectFrom` front matter of every page when the site is configured, so each old
 * path becomes a static redirect page (Astro's `redirects`). Two pages claiming one old path, or
 * an old path that is still a page, is an error naming the files.
 */
export function collectRedirects(docsDir: string, base = '/'): Record<string, string> {
	const redirects: Record<string, string> = {};
	const owners: Record<string, string> = {};
	const files = readdirSync(docsDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.mdx') && !e.name.startsWith('_'));
	const pagePaths = new Set(files.map((e) => getPathOfFile(docsDir, join(e.parentPath, e.name))));
	const problems: string[] = [];
	for (const entry of files) {
		const file = join(entry.parentPath, entry.name);
		const { frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'));
		const from = frontmatter.redirectFrom;
		if (!Array.isArray(from)) continue;
		for (const old of from.filter((p): p is string => typeof p === 'string')) {
			const target = getPathOfFile(docsDir, file);
			if (pagePaths.has(old)) problems.push(`${file}: redirectFrom ${old} is still a page of its own; remove the redirect or the old page.`);
			else if (owners[old]) problems.push(`${file}: redirectFrom ${old} is also claimed by ${owners[old]}; keep it on one page.`);
			else {
				owners[old] = file;
				// Astro serves the old path under the base but does not prefix the destination.
				redirects[old] = `${base.replace(/\/$/, '')}${target}`;
			}
		}
	}
	if (problems.length > 0) throw new Error(`[kb:redirects]\n  ${problems.join('\n  ')}`);
	return redirects;
}

function getPathOfFile(docsDir: string, file: string): string {
	const id = relative(docsDir, file).split(sep).join('/').replace(/\.mdx$/, '');
	return getPathOfId(id);
}
