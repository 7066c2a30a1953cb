import { rehypeHeadingIds, type RehypePlugins } from '@astrojs/markdown-remark';
import { BASE_PATH } from '../lib/site-paths';
import { rehypeAnchorAliases } from './rehype-anchor-aliases';
import { rehypeBaseLinks } from './rehype-base-links';
import { rehypeExternalLinks } from './rehype-external-links';
import { rehypeGlossaryTerms } from './rehype-glossary-terms';
import { getGlossary } from '../lib/glossary';
import { remarkCollectChanges } from './remark-collect-changes';
import { remarkMermaidFence } from './remark-mermaid-fence';
import { rehypeMermaidSvg } from './rehype-mermaid-svg';
import { rehypePlannedLinks } from './rehype-planned-links';
import { getPlannedPaths, isPlannedLink } from '../lib/planned-pages';

const plannedPaths = getPlannedPaths();

/** remark steps, in order. The mermaid step must run before Expressive Code sees the fences. */
export const remarkPlugins = [remarkMermaidFence, remarkCollectChanges];

/** rehype steps, in order. Heading ids are given early (Astro would give them last) so anchor aliases can find them. */
export const rehypePlugins: RehypePlugins = [
	rehypeMermaidSvg,
	rehypeHeadingIds,
	rehypeAnchorAliases,
	[rehypeGlossaryTerms, { terms: getGlossary(), glossaryPath: '/glossary/' }],
	// Before the base path is added: planned pages are listed by their site paths.
	[rehypePlannedLinks, { isPlanned: (href: string) => isPlannedLink(href, plannedPaths) }],
	[rehypeBaseLinks, { base: BASE_PATH }],
	rehypeExternalLinks,
];
