import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DOMAINS } from '../lib/domains';
import { readSidebarList, sidebarListFile } from '../lib/sidebar-lists';
import { withTrailingSlash } from '../lib/site-paths';

/**
 * Writes each domain's sidebar list (`sidebar/<domain>.json`), which pages of other domains load
 * when the reader opens that domain's group (src/lib/sidebar-lists.ts). Read from the domain's
 * built landing page, so the list has Starlight's own order and labels. Before kbOffline, which
 * precaches it.
 */
export function kbSidebarLists(): AstroIntegration {
	let base = '/';
	return {
		name: 'kb-sidebar-lists',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = withTrailingSlash(config.base);
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				let written = 0;
				for (const domain of DOMAINS) {
					const landing = join(out, domain.slug, 'index.html');
					if (!existsSync(landing)) continue;
					const links = readSidebarList(readFileSync(landing, 'utf8'), `${base}${domain.slug}/`);
					if (!links) throw new Error(`[kb:sidebar] ${domain.slug}/index.html has no sidebar group starting with its own link, so the other pages cannot load it. Check src/lib/sidebar.ts.`);
					const file = join(out, sidebarListFile(domain.slug));
					mkdirSync(dirname(file), { recursive: true });
					writeFileSync(file, JSON.stringify(links));
					written++;
				}
				logger.info(`Sidebar: ${written} domain lists written for collapsed groups.`);
			},
		},
	};
}
