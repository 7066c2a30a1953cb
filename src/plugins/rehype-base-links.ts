import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface Options {
	/** The site's base path, such as `/aws-devops-kb/`; `/` leaves links as they are. */
	base: string;
}

/**
 * Pages link to each other with site paths (`/sdlc/codebuild/`) whatever the base path the site
 * is hosted under; this prefixes those links (and root-relative image sources) with the base, so
 * the same content works at `/` and at `/aws-devops-kb/`.
 */
export function rehypeBaseLinks({ base }: Options) {
	const prefix = base.replace(/\/$/, '');
	return (tree: Root) => {
		if (!prefix) return;
		visit(tree, 'element', (node) => {
			for (const name of ['href', 'src'] as const) {
				const value = node.properties[name];
				if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && value !== prefix && !value.startsWith(`${prefix}/`)) {
					node.properties[name] = `${prefix}${value}`;
				}
			}
		});
	};
}
