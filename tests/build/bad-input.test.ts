import { afterAll, describe, expect, test } from 'vitest';
import { buildFixture, removeFixtureDirs } from './build-fixture';

afterAll(removeFixtureDirs);

describe('bad input fails the build with the file, the place and the fix', () => {
	test('invalid front matter names the file, the field and the known values', () => {
		const { status, output } = buildFixture('bad-frontmatter');
		expect(status).not.toBe(0);
		expect(output).toContain('docs → sdlc/bad-frontmatter data does not match collection schema.');
		expect(output).toContain('services.0: unknown service "CodeDeplyo". Did you mean "CodeDeploy"? Known services: ACM,');
		expect(output).toMatch(/Location:\s+\S*docs\/sdlc\/bad-frontmatter\.mdx/);
	});

	test('an unknown exam-guide id names the file, the id and the closest known line', () => {
		const { status, output } = buildFixture('bad-exam-id');
		expect(status).not.toBe(0);
		expect(output).toContain('docs → sdlc/bad-exam-id data does not match collection schema.');
		expect(output).toMatch(/exam\.1: unknown exam-guide line "1\.2\.S9"\. Did you mean "1\.2\.S\d" \(.+\)\? Ids look like `1\.2\.S3`/);
		expect(output).toMatch(/Location:\s+\S*docs\/sdlc\/bad-exam-id\.mdx/);
	});

	test('a domain page without exam ids names the file and shows the fix', () => {
		const { status, output } = buildFixture('missing-exam');
		expect(status).not.toBe(0);
		expect(output).toMatch(/\[kb:exam\] \S*docs\/sdlc\/missing-exam\.mdx lists no exam-guide lines in `exam:`\./);
		expect(output).toContain("Fix: add the ids of the lines this page teaches, such as `exam: ['1.1.K1', '1.1.S2']`");
	});

	test('a broken link names the file and line and suggests the page meant', () => {
		const { status, output } = buildFixture('broken-link');
		expect(status).not.toBe(0);
		expect(output).toMatch(/\[kb:links\] \S*docs\/sdlc\/broken-link\.mdx:8 broken link \/sdlc\/sampel\/ on \/sdlc\/broken-link\/: no page at \/sdlc\/sampel\/\./);
		expect(output).toContain('Fix: did you mean /sdlc/sample/? Change the link to that path.');
	});

	test('a broken anchor names the file and line, lists the anchors and suggests one', () => {
		const { status, output } = buildFixture('broken-anchor');
		expect(status).not.toBe(0);
		expect(output).toMatch(/\[kb:links\] \S*docs\/sdlc\/broken-anchor\.mdx:8 broken link \/sdlc\/sample\/#how-it-works/);
		expect(output).toContain('/sdlc/sample/ has no anchor #how-it-works. Its anchors: #how-it-flows, #fig-source-to-build, #self-check, #related-pages, #referenced-by.');
		expect(output).toContain('Fix: did you mean /sdlc/sample/#how-it-flows?');
	});

	test('a Mermaid syntax error names the file and the line of the diagram', () => {
		const { status, output } = buildFixture('mermaid-syntax-error');
		expect(status).not.toBe(0);
		expect(output).toMatch(/\[kb:mermaid\] \S*docs\/sdlc\/bad-diagram\.mdx:13 Mermaid could not parse this diagram:/);
		expect(output).toContain('Fix: correct the diagram at that line.');
	});

	test('a diagram too wide to read on a laptop is reported with the file, the line and the fix, and fails a strict build', () => {
		const warned = buildFixture('wide-diagram');
		expect(warned.status, warned.output).toBe(0);
		const report = /\[kb:diagrams\] \S*docs\/sdlc\/wide-diagram\.mdx:11 this flowchart LR is \d+ px wide: fitted to the 632 px text column of a laptop, its text is \d+\.\d px, under the legible 12 px/;
		expect(warned.output).toContain('1 diagram(s) too wide to read on a laptop without scrolling (KB_STRICT_DIAGRAMS=1 makes this an error)');
		expect(warned.output).toMatch(report);
		expect(warned.output).toContain('Fix: draw it top to bottom (flowchart TB), split it in two, or shorten the labels; at most 790 px wide');
		const strict = buildFixture('wide-diagram', { env: { KB_STRICT_DIAGRAMS: '1' } });
		expect(strict.status).not.toBe(0);
		expect(strict.output).toMatch(report);
	});

	test('two pages claiming one alias name both files and say how to fix it', () => {
		const { status, output } = buildFixture('duplicate-alias');
		expect(status).not.toBe(0);
		expect(output).toMatch(/\[kb:aliases\] Each alias is a short link \/go\/<alias>\/ to one page, but:\s+"buildspec" is claimed by \S*docs\/sdlc\/(sample|duplicate-alias)\.mdx and \S*docs\/sdlc\/(sample|duplicate-alias)\.mdx/);
		expect(output).toContain('Fix: keep the alias on the page it names best and remove it (or rename it) on the other.');
	});

	test('a diagram without a caption names the file and says how to wrap it', () => {
		const { status, output } = buildFixture('diagram-without-caption');
		expect(status).not.toBe(0);
		expect(output).toMatch(/\[kb:mermaid\] \S*docs\/sdlc\/no-caption\.mdx:8 this ```mermaid diagram has no caption or anchor\./);
		expect(output).toContain('Fix: wrap it in <Diagram caption="What the diagram shows">');
	});
});
