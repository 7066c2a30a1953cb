import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findPagesWithFewQueries, readRelevanceSet } from '../../../bench/relevance-set';

const root = mkdtempSync(join(tmpdir(), 'kb-relevance-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A docs folder with two pages and a relevance folder with the given files; returns both paths. */
function fixture(name: string, files: Record<string, string>) {
	const docs = join(root, name, 'docs');
	const relevance = join(root, name, 'relevance');
	mkdirSync(join(docs, 'sdlc'), { recursive: true });
	mkdirSync(join(docs, 'security'), { recursive: true });
	mkdirSync(relevance, { recursive: true });
	writeFileSync(join(docs, 'sdlc/codecommit.mdx'), '---\ntitle: AWS CodeCommit\n---\n\n## Protecting branches\n\nText.\n\n```yaml\n## not a heading\n```\n');
	writeFileSync(join(docs, 'sdlc/index.mdx'), '---\ntitle: Domain 1\n---\n');
	writeFileSync(join(docs, 'security/kms.mdx'), '---\ntitle: AWS KMS\n---\n\n## Rotation\n');
	for (const [file, text] of Object.entries(files)) writeFileSync(join(relevance, file), text);
	return { docs, relevance };
}

describe('the relevance set', () => {
	test('in the repository, names only content pages and sections that exist', () => {
		expect(readRelevanceSet('docs').length).toBeGreaterThan(0);
	});

	test('reads queries, with a section where one is given, per domain', () => {
		const { docs, relevance } = fixture('valid', {
			'sdlc.yml': "/sdlc/codecommit/:\n  - codecommit branch permissions\n  - query: deny push to main\n    section: '#protecting-branches'\n",
		});
		expect(readRelevanceSet(docs, relevance)).toEqual([
			{ query: 'codecommit branch permissions', path: '/sdlc/codecommit/', section: undefined, domain: 'sdlc' },
			{ query: 'deny push to main', path: '/sdlc/codecommit/', section: '#protecting-branches', domain: 'sdlc' },
		]);
	});

	test('names the file, line and closest page for an unknown page path', () => {
		const { docs, relevance } = fixture('unknown-page', { 'sdlc.yml': '# queries\n/sdlc/codecomit/:\n  - codecommit branch permissions\n' });
		expect(() => readRelevanceSet(docs, relevance)).toThrow(/relevance\/sdlc\.yml:2: \/sdlc\/codecomit\/ is not a content page\. Fix: did you mean \/sdlc\/codecommit\/\?/);
	});

	test("sends a page's queries to its domain's file", () => {
		const { docs, relevance } = fixture('wrong-domain', { 'sdlc.yml': '/security/kms/:\n  - kms key rotation\n' });
		expect(() => readRelevanceSet(docs, relevance)).toThrow('/security/kms/ belongs to the security domain. Fix: move its queries to bench/relevance/security.yml.');
	});

	test('rejects a section the page does not have, suggesting the closest', () => {
		const { docs, relevance } = fixture('unknown-section', { 'sdlc.yml': "/sdlc/codecommit/:\n  - query: deny push to main\n    section: '#protecting-branch'\n" });
		expect(() => readRelevanceSet(docs, relevance)).toThrow('/sdlc/codecommit/ has no heading with the anchor #protecting-branch. Fix: did you mean #protecting-branches?');
	});

	test("rejects a query that copies the page's title or a heading word for word", () => {
		const { docs, relevance } = fixture('copied', { 'sdlc.yml': '/sdlc/codecommit/:\n  - protecting branches\n  - aws codecommit\n' });
		expect(() => readRelevanceSet(docs, relevance)).toThrow(/2 problem\(s\)[\s\S]*"protecting branches" is the title or a heading of \/sdlc\/codecommit\/, word for word/);
	});

	test('rejects a query listed for two pages', () => {
		const { docs, relevance } = fixture('twice', { 'sdlc.yml': '/sdlc/codecommit/:\n  - key rotation\n', 'security.yml': '/security/kms/:\n  - key rotation\n' });
		expect(() => readRelevanceSet(docs, relevance)).toThrow('"key rotation" is already a query for /sdlc/codecommit/.');
	});

	test('says how to write an entry that is neither a query nor query and section', () => {
		const { docs, relevance } = fixture('shape', { 'sdlc.yml': '/sdlc/codecommit/:\n  - query: branch rules\n    page: codecommit\n' });
		expect(() => readRelevanceSet(docs, relevance)).toThrow(/relevance\/sdlc\.yml:1: \/sdlc\/codecommit\/ \(query 1\): .*Fix: write each query as a line "- words a reader types"/);
	});

	test('gives the line of a YAML error and how to quote', () => {
		const { docs, relevance } = fixture('yaml', { 'sdlc.yml': '/sdlc/codecommit/:\n  - codecommit\n  - !Sub in a query\n' });
		expect(() => readRelevanceSet(docs, relevance)).toThrow(/relevance\/sdlc\.yml:3: not valid YAML: .*Fix: quote a query that starts with !/);
	});

	test('lists the content pages with fewer queries than asked, landing pages aside', () => {
		const { docs, relevance } = fixture('coverage', { 'sdlc.yml': '/sdlc/codecommit/:\n  - codecommit branch permissions\n  - codecomit\n  - codecommit vs github\n' });
		expect(findPagesWithFewQueries(docs, readRelevanceSet(docs, relevance), 3)).toEqual([{ path: '/security/kms/', queries: 0 }]);
	});
});
