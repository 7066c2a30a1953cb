// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins } from './src/plugins/index.ts';
import { sidebar } from './src/lib/sidebar.ts';
import { kbBuildChecks } from './src/integrations/kb-build-checks.ts';
import { kbContentSecurityPolicy } from './src/integrations/kb-content-security-policy.ts';
import { kbOffline } from './src/integrations/kb-offline.ts';
import { kbSidebarLists } from './src/integrations/kb-sidebar-lists.ts';
import { BASE_PATH, CACHE_DIR, DOCS_DIR, OUT_DIR } from './src/lib/site-paths.ts';
import { collectRedirects } from './src/lib/collect-redirects.ts';
import { SITE_TITLE as title } from './src/lib/site-title.ts';

const description = 'Study notes for the AWS Certified DevOps Engineer – Professional (DOP-C02) exam, by exam domain.';

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://aws-devops-kb.example.org',
	base: BASE_PATH,
	trailingSlash: 'always',
	outDir: OUT_DIR,
	cacheDir: CACHE_DIR,
	// Styles inline in each page: one round trip less before the first paint (Lighthouse on a slow
	// phone), and a visited page is kept whole by the service worker anyway.
	build: { inlineStylesheets: 'always' },
	// Old paths of moved pages, declared in each page's `redirectFrom`.
	redirects: collectRedirects(DOCS_DIR, BASE_PATH),
	markdown: {
		processor: unified({ remarkPlugins, rehypePlugins }),
	},
	integrations: [
		starlight({
			title,
			description,
			sidebar,
			// Starlight's own Markdown steps (asides, heading anchor links) only run on these folders.
			markdown: { processedDirs: [DOCS_DIR] },
			routeMiddleware: './src/route-data.ts',
			favicon: '/favicon.svg',
			customCss: ['./src/styles/custom.css', './src/styles/diagrams.css', './src/styles/search.css'],
			components: {
				PageTitle: './src/components/overrides/PageTitle.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Search: './src/components/overrides/Search.astro',
				SiteTitle: './src/components/overrides/SiteTitle.astro',
				Sidebar: './src/components/overrides/Sidebar.astro',
			},
			lastUpdated: false,
		}),
		mdx(),
		kbBuildChecks({ siteTitle: title, siteDescription: 'DOP-C02 study notes' }),
		kbSidebarLists(),
		// Last: they read and rewrite the finished HTML.
		kbContentSecurityPolicy(),
		kbOffline(),
	],
});
