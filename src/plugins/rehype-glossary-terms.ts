import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { GlossaryTerm } from '../lib/glossary';

export interface Options {
	terms: GlossaryTerm[];
	/** Site path of the glossary page. */
	glossaryPath: string;
}

/** Elements whose text is never marked: code, links, headings, diagrams and their text. */
const SKIPPED = new Set(['a', 'code', 'pre', 'kbd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'svg', 'figure', 'script', 'style', 'summary', 'details']);

/**
 * Marks the first use of each glossary term on a page: the term links to its glossary entry and
 * carries a one-line definition shown on hover and keyboard focus (and read as the link's
 * description by screen readers). Later uses are left alone, so pages do not turn into link soup.
 */
export function rehypeGlossaryTerms({ terms, glossaryPath }: Options) {
	const spellings = new Map<string, GlossaryTerm>();
	for (const term of terms) for (const spelling of [term.term, ...term.match]) spellings.set(spelling, term);
	const alternatives = [...spellings.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const pattern = new RegExp(`(?<![\\w/.-])(${alternatives.join('|')})(?![\\w-]|\\.\\w)`, 'g');

	return (tree: Root) => {
		const used = new Set<string>();
		visit(tree, (node, index, parent) => {
			if (node.type === 'element' && (SKIPPED.has(node.tagName) || hasClass(node, 'kb-diagram__text'))) return SKIP;
			if (node.type !== 'text' || !parent || index === undefined) return;
			const parts = markFirstUses(node, pattern, spellings, used, glossaryPath);
			if (!parts) return;
			parent.children.splice(index, 1, ...parts);
			return index + parts.length;
		});
	};
}

function markFirstUses(node: Text, pattern: RegExp, spellings: Map<string, GlossaryTerm>, used: Set<string>, glossaryPath: string): ElementContent[] | undefined {
	const parts: ElementContent[] = [];
	let last = 0;
	for (const match of node.value.matchAll(pattern)) {
		const term = spellings.get(match[1]!)!;
		if (used.has(term.id)) continue;
		used.add(term.id);
		parts.push({ type: 'text', value: node.value.slice(last, match.index) }, buildTerm(match[1]!, term, glossaryPath));
		last = match.index! + match[1]!.length;
	}
	if (parts.length === 0) return undefined;
	parts.push({ type: 'text', value: node.value.slice(last) });
	return parts.filter((part) => part.type !== 'text' || part.value !== '');
}

function buildTerm(text: string, term: GlossaryTerm, glossaryPath: string): Element {
	const tipId = `kb-term-${term.id}`;
	return {
		type: 'element',
		tagName: 'span',
		properties: { className: ['kb-term'] },
		children: [
			{ type: 'element', tagName: 'a', properties: { className: ['kb-term__link'], href: `${glossaryPath}#${term.id}`, ariaDescribedBy: [tipId] }, children: [{ type: 'text', value: text }] },
			{
				type: 'element',
				tagName: 'span',
				properties: { className: ['kb-term__tip'], role: 'tooltip', id: tipId, dataPagefindIgnore: '' },
				children: [{ type: 'text', value: `${term.expansion}: ${term.definition}` }],
			},
		],
	};
}

function hasClass(node: Element, name: string): boolean {
	const value = node.properties.className;
	return Array.isArray(value) && value.includes(name);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
