import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture } from './build-fixture';

describe('a valid site', () => {
	const first = buildFixture(undefined);

	test('builds, with a Pagefind index and every link checked', () => {
		expect(first.status, first.output).toBe(0);
		expect(existsSync(join(first.dir, 'dist/pagefind/pagefind.js'))).toBe(true);
		expect(first.output).toMatch(/Links: \d+ links on \d+ pages checked\./);
	});

	test('draws diagrams as inline SVG in the page, with no Mermaid script', () => {
		const html = readFileSync(join(first.dir, 'dist/sdlc/sample/index.html'), 'utf8');
		expect(html).toMatch(/<figure class="kb-diagram" id="fig-source-to-build">/);
		expect(html).toMatch(/data-kb-theme="light"><svg id="mmd-/);
		expect(html).toContain('<li>CodeCommit</li>');
		expect(html).not.toMatch(/<script[^>]*mermaid/i);
	});

	test('a rebuild with no diagram change draws nothing and says so', () => {
		const second = buildFixture(undefined, { dir: first.dir });
		expect(second.status, second.output).toBe(0);
		expect(second.output).toContain('Diagrams: 0 rendered, 2 from the cache.');
	});
});
