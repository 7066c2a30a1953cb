#!/usr/bin/env node
// A quick check of page files without a full site build (writers run it while drafting):
// front matter parses as YAML and passes the site's own schema (src/schemas/frontmatter.ts, loaded
// through Vite), the MDX compiles, every ```mermaid fence draws (and is not too wide to read on a
// laptop), and every site link points at a page file that exists. The full build remains the real gate (anchors, rendering).
// usage: node scripts/check-pages.mjs docs/sdlc/codebuild.mdx [more files...]
import { existsSync, readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import yaml from 'js-yaml';
import { createServer } from 'vite';
import GithubSlugger from 'github-slugger';

const files = process.argv.slice(2);
if (files.length === 0) {
	console.error('usage: node scripts/check-pages.mjs <page.mdx>...');
	process.exit(2);
}

const problems = [];
const fences = [];
const anchorCache = new Map();
// Links to planned pages (docs/_planned.yml) are allowed: they show as text until the page exists.
const planned = new Set(existsSync('docs/_planned.yml') ? yaml.load(readFileSync('docs/_planned.yml', 'utf8')) ?? [] : []);
// The front matter schema the build uses, loaded through Vite so its TypeScript and `astro/zod` resolve.
const vite = await createServer({ configFile: false, logLevel: 'silent', server: { middlewareMode: true, hmr: false }, optimizeDeps: { noDiscovery: true } });
const { frontmatterSchema } = await vite.ssrLoadModule('/src/schemas/frontmatter.ts');
for (const file of files) {
	const text = readFileSync(file, 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (!match) {
		problems.push(`${file}: no front matter block at the top`);
		continue;
	}
	try {
		const data = yaml.load(match[1]);
		if (!data?.title) problems.push(`${file}: front matter has no \`title\``);
		const result = frontmatterSchema.safeParse(data ?? {});
		if (!result.success) for (const issue of result.error.issues) problems.push(`${file}: front matter \`${issue.path.join('.')}\`: ${issue.message}`);
		for (const path of data?.related ?? []) checkPath(file, 1, path);
		for (const [i, item] of (data?.selfCheck ?? []).entries()) if (item.section) checkAnchor(file, 1, file, item.section.slice(1), `selfCheck ${i + 1} section`);
	} catch (error) {
		problems.push(`${file}: front matter is not valid YAML: ${error.message}`);
	}
	try {
		await compile(text.slice(match[0].length));
	} catch (error) {
		const line = error.line ? error.line + match[0].split('\n').length - 1 : '?';
		problems.push(`${file}:${line}: MDX does not compile: ${error.reason ?? error.message}`);
	}
	const lines = text.split('\n');
	lines.forEach((line, i) => {
		for (const [, path] of line.matchAll(/\]\((\/[^)\s]*)\)/g)) checkPath(file, i + 1, path);
		if (line.trim() === '```mermaid') {
			const end = lines.findIndex((l, j) => j > i && l.trim() === '```');
			fences.push({ file, line: i + 1, source: lines.slice(i + 1, end).join('\n') });
		}
	});
}

function checkPath(file, line, href) {
	const [path] = href.split('#');
	if (!path.endsWith('/')) problems.push(`${file}:${line}: link ${href} needs a trailing slash`);
	const slug = path.replace(/^\/|\/$/g, '');
	// Pages the site generates from src/pages rather than from docs/.
	if (/^(practice|services|glossary|print|go|exam|compare|changes)(\/|$)/.test(slug)) return;
	const candidates = slug === '' ? ['docs/index.mdx'] : [`docs/${slug}.mdx`, `docs/${slug}/index.mdx`];
	const target = candidates.find((c) => existsSync(c));
	if (!target && !planned.has(path)) problems.push(`${file}:${line}: link ${href}: no page file ${candidates.join(' or ')}, and ${path} is not in docs/_planned.yml`);
	const anchor = href.split('#')[1];
	if (target && anchor) checkAnchor(file, line, target, anchor, `link ${href}`);
}

/** Anchors a page file has: its headings (as the site slugs them), their aliases, and the sections every page ends with. */
function anchorsOf(target) {
	if (anchorCache.has(target)) return anchorCache.get(target);
	const text = readFileSync(target, 'utf8');
	const slugger = new GithubSlugger();
	const anchors = new Set(['self-check', 'related-pages', 'referenced-by', '_top']);
	for (const [, heading] of text.matchAll(/^#{2,6}\s+(.+)$/gm)) anchors.add(slugger.slug(smarten(heading)));
	const fm = /^---\n([\s\S]*?)\n---/.exec(text);
	for (const alias of Object.keys((fm && yaml.load(fm[1])?.anchorAliases) ?? {})) anchors.add(alias);
	anchorCache.set(target, anchors);
	return anchors;
}

/** Heading text as the page shows it: Markdown turns -- and --- outside code into dashes, which slugs drop. */
function smarten(heading) {
	return heading
		.split(/(`[^`]*`)/)
		.map((part) => (part.startsWith('`') ? part.slice(1, -1) : part.replace(/---/g, '\u2014').replace(/--/g, '\u2013')))
		.join('')
		.trim();
}

function checkAnchor(file, line, target, anchor, what) {
	// Diagram anchors (#fig-...) come from captions at build time; the build checks them.
	if (anchor.startsWith('fig-') || anchorsOf(target).has(anchor)) return;
	problems.push(`${file}:${line}: ${what}: ${target} has no heading with the anchor #${anchor}. Its anchors: ${[...anchorsOf(target)].map((a) => `#${a}`).join(', ')}`);
}

// Each diagram is drawn as the build draws it: a syntax error is a problem, a diagram too wide to
// read on a laptop a warning (a problem when KB_STRICT_DIAGRAMS=1, as in a strict build).
const warnings = [];
if (fences.length > 0) {
	const { renderMermaid, closeRenderer, MermaidSyntaxError } = await vite.ssrLoadModule('/src/lib/mermaid/renderer.ts');
	const { findWideDiagram, formatWideDiagram, isStrictAboutWidth } = await vite.ssrLoadModule('/src/lib/mermaid/check-diagram-width.ts');
	try {
		for (const fence of fences) {
			try {
				const { size } = await renderMermaid(fence.source, 'default', 'kb-check');
				const wide = findWideDiagram(fence.source, size, fence.file, fence.line + 1);
				if (wide) (isStrictAboutWidth() ? problems : warnings).push(formatWideDiagram(wide));
			} catch (error) {
				if (!(error instanceof MermaidSyntaxError)) throw error;
				problems.push(`${fence.file}:${fence.line}: Mermaid does not parse: ${error.message}`);
			}
		}
	} finally {
		await closeRenderer();
	}
}

await vite.close();
if (warnings.length) console.warn(`warning: ${warnings.join('\n\nwarning: ')}\n`);
console.log(problems.length ? problems.join('\n') : `ok: ${files.length} file(s), ${fences.length} diagram(s)`);
process.exit(problems.length ? 1 : 0);
