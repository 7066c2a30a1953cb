import type { Root } from 'hast';
import { expect, test } from 'vitest';
import { rehypePlannedLinks } from '../../../src/plugins/rehype-planned-links';

const link = (href: string, text: string) => ({ type: 'element' as const, tagName: 'a', properties: { href }, children: [{ type: 'text' as const, value: text }] });

test('shows a link to a planned page as its text, and keeps every other link', () => {
	const tree: Root = {
		type: 'root',
		children: [{ type: 'element', tagName: 'p', properties: {}, children: [link('/iac/sam/', 'SAM'), link('/iac/cdk/#aspects', 'aspects'), link('/sdlc/codebuild/', 'CodeBuild'), link('https://aws.amazon.com/', 'AWS')] }],
	};
	rehypePlannedLinks({ isPlanned: (href) => href.startsWith('/iac/') })(tree);
	const paragraph = tree.children[0]!;
	if (paragraph.type !== 'element') throw new Error('expected the paragraph');
	expect(paragraph.children.map((node) => (node.type === 'element' ? [node.tagName, node.properties.href ?? null] : node.type))).toEqual([
		['span', null],
		['span', null],
		['a', '/sdlc/codebuild/'],
		['a', 'https://aws.amazon.com/'],
	]);
	expect(paragraph.children.map((node) => (node.type === 'element' && node.children[0]?.type === 'text' ? node.children[0].value : ''))).toEqual(['SAM', 'aspects', 'CodeBuild', 'AWS']);
});
