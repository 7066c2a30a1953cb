import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { frontmatterSchema } from './schemas/frontmatter';

export const collections = {
	// Content lives in the top-level docs/ folder, apart from code; files starting with _ are drafts.
	docs: defineCollection({
		loader: glob({ base: './docs', pattern: '**/[^_]*.mdx' }),
		schema: docsSchema({ extend: frontmatterSchema }),
	}),
};
