import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { frontmatterSchema } from './schemas/frontmatter';
import { DOCS_DIR } from './lib/site-paths';

export const collections = {
	// Content lives in the top-level docs/ folder, apart from code; files starting with _ are drafts.
	docs: defineCollection({
		loader: glob({ base: DOCS_DIR, pattern: '**/[^_]*.mdx' }),
		schema: docsSchema({ extend: frontmatterSchema }),
	}),
	// UI strings that differ from Starlight's English defaults.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
