import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatContentError } from '../lib/content-error';
import { checkLinks, type BuiltPage, type LinkIssue } from '../lib/links/check-links';
import { findLineOfHref, findSourceFile } from '../lib/links/find-source';
import { hasBuiltFile, readBuiltHtml, toBuiltPage } from '../lib/links/read-built-pages';
import { collectCardJobs } from '../lib/og/collect-card-jobs';
import { drawCards, type CardJob } from '../lib/og/draw-cards';
import { closeRenderer } from '../lib/mermaid/renderer';
import { renderStats, resetRenderStats, wideDiagramReports } from '../lib/mermaid/render-stats';
import { BUILD_CACHE_DIR, DOCS_DIR } from '../lib/site-paths';
import { formatExamCoverage, readExamTags } from '../lib/exam-tags';
import { getPlannedPaths, pageExists } from '../lib/planned-pages';

const OG_CACHE_DIR = `${BUILD_CACHE_DIR}/kb-og`;

/**
 * Build-end work. Every internal link and anchor of the built site must resolve, or the build
 * fails naming the source file and line; the check reads the built HTML, so links made by
 * components (related pages, cards, the sidebar) are checked as well as links written in pages.
 * Then the link-preview images the pages announce are drawn, and diagram counts are logged.
 */
export function kbBuildChecks({ siteTitle, siteDescription }: { siteTitle: string; siteDescription: string }): AstroIntegration {
	let base = '/';
	return {
		name: 'kb-build-checks',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:start': () => resetRenderStats(),
			'astro:build:done': async ({ dir, logger }) => {
				await closeRenderer();
				logger.info(`Diagrams: ${renderStats.rendered} rendered, ${renderStats.cached} from the cache.`);
				if (wideDiagramReports.length > 0) {
					logger.warn(
						`${wideDiagramReports.length} diagram(s) too wide to read on a laptop without scrolling (KB_STRICT_DIAGRAMS=1 makes this an error):\n\n${wideDiagramReports.join('\n\n')}`,
					);
				}
				const distDir = fileURLToPath(dir);
				// What the checks need from each page is kept; its parsed tree is not.
				const pages: BuiltPage[] = [];
				const cardJobs: CardJob[] = [];
				for (const page of readBuiltHtml(distDir)) {
					pages.push(toBuiltPage(page));
					cardJobs.push(...collectCardJobs([page], distDir, base, siteDescription));
				}
				const issues = checkLinks(pages, base, (path) => hasBuiltFile(distDir, path));
				if (issues.length > 0) {
					throw new Error(`${issues.length} broken link(s):\n\n${issues.map((issue) => formatLinkIssue(issue, base)).join('\n\n')}`);
				}
				logger.info(`Links: ${pages.reduce((sum, page) => sum + page.hrefs.length, 0)} links on ${pages.length} pages checked.`);
				logger.info(formatExamCoverage(readExamTags(DOCS_DIR)));
				const planned = [...getPlannedPaths()];
				const written = planned.filter(pageExists);
				if (planned.length > 0) logger.info(`Planned pages: ${planned.length - written.length} not written yet (links to them show as text).`);
				if (written.length > 0) logger.warn(`docs/_planned.yml still lists pages that exist: ${written.join(', ')}. Remove them from the list.`);
				const cards = await drawCards(cardJobs, siteTitle, OG_CACHE_DIR);
				logger.info(`Preview images: ${cards.drawn} drawn, ${cards.cached} from the cache.`);
			},
		},
	};
}

function formatLinkIssue(issue: LinkIssue, base: string): string {
	const file = findSourceFile(DOCS_DIR, issue.page);
	const line = file ? findLineOfHref(file, issue.href, base) : undefined;
	const fix = issue.suggestion
		? `did you mean ${issue.suggestion}? Change the link to that path.`
		: 'link to an existing page (site paths look like /sdlc/codebuild/), or create the page first.';
	// A link not written in the page's source comes from the layout or a component.
	const origin = file && !line ? ' (not written in the page: it comes from the layout, the sidebar or a component)' : '';
	return formatContentError('links', file, line, `broken link ${issue.href} on ${issue.page}${origin}: ${issue.problem}.`, fix);
}
