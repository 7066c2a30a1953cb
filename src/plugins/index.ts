import { BASE_PATH } from '../lib/site-paths';
import { rehypeBaseLinks } from './rehype-base-links';
import { remarkMermaidFence } from './remark-mermaid-fence';
import { rehypeMermaidSvg } from './rehype-mermaid-svg';

/** remark steps, in order. The mermaid step must run before Expressive Code sees the fences. */
export const remarkPlugins = [remarkMermaidFence];

/** rehype steps, in order. */
export const rehypePlugins = [rehypeMermaidSvg, [rehypeBaseLinks, { base: BASE_PATH }]] as const;
