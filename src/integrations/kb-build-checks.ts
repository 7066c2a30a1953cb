import type { AstroIntegration } from 'astro';
import { closeRenderer } from '../lib/mermaid/renderer';
import { renderStats, resetRenderStats } from '../lib/mermaid/render-stats';

/** Build-end work: diagram figures for the log and closing the diagram browser. */
export function kbBuildChecks(): AstroIntegration {
	return {
		name: 'kb-build-checks',
		hooks: {
			'astro:build:start': () => resetRenderStats(),
			'astro:build:done': async ({ logger }) => {
				await closeRenderer();
				logger.info(`Diagrams: ${renderStats.rendered} rendered, ${renderStats.cached} from the cache.`);
			},
		},
	};
}
