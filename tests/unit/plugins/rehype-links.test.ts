import type { Root } from 'hast';
import { expect, test } from 'vitest';
import { rehypeBaseLinks } from '../../../src/plugins/rehype-base-links';

const tree = (): Root => ({
	type: 'root',
	children: [
		{ type: 'element', tagName: 'a', properties: { href: '/sdlc/codebuild/' }, children: [] },
		{ type: 'element', tagName: 'a', properties: { href: '#local' }, children: [] },
		{ type: 'element', tagName: 'a', properties: { href: 'https://aws.amazon.com/' }, children: [] },
		{ type: 'element', tagName: 'a', properties: { href: '/kb/already/' }, children: [] },
		{ type: 'element', tagName: 'img', properties: { src: '/diagram.png' }, children: [] },
	],
});
const hrefs = (root: Root) => root.children.map((node) => (node.type === 'element' ? (node.properties.href ?? node.properties.src) : undefined));

test('prefixes site paths and root-relative sources with the base path', () => {
	const root = tree();
	rehypeBaseLinks({ base: '/kb/' })(root);
	expect(hrefs(root)).toEqual(['/kb/sdlc/codebuild/', '#local', 'https://aws.amazon.com/', '/kb/already/', '/kb/diagram.png']);
});

test('leaves links alone when the site is at the root', () => {
	const root = tree();
	rehypeBaseLinks({ base: '/' })(root);
	expect(hrefs(root)).toEqual(hrefs(tree()));
});

test('links to other sites open without access to this page', async () => {
	const { rehypeExternalLinks } = await import('../../../src/plugins/rehype-external-links');
	const root: Root = { type: 'root', children: [
		{ type: 'element', tagName: 'a', properties: { href: 'https://docs.aws.amazon.com/' }, children: [] },
		{ type: 'element', tagName: 'a', properties: { href: '/sdlc/' }, children: [] },
	] };
	rehypeExternalLinks()(root);
	expect(root.children.map((node) => (node.type === 'element' ? node.properties.rel : undefined))).toEqual([['noopener', 'noreferrer'], undefined]);
});
