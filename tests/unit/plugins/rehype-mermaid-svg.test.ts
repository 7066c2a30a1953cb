import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { closeRenderer } from '../../../src/lib/mermaid/renderer';
import { renderStats, resetRenderStats } from '../../../src/lib/mermaid/render-stats';
import { createRenderer } from './render-markdown';

const SEQUENCE = '```mermaid\nsequenceDiagram\n  App->>KMS: GenerateDataKey\n  KMS-->>App: encrypted data key\n```';

afterAll(() => closeRenderer());
beforeEach(() => resetRenderStats());

describe('rehypeMermaidSvg', () => {
	test('draws a mermaid fence as one inline SVG with light and dark colours, before Expressive Code sees it', async () => {
		const { render } = await createRenderer();
		const html = await render(`Intro\n\n${SEQUENCE}\n\n\`\`\`js\nconst x = 1;\n\`\`\``);
		expect(html.match(/<svg id="mmd-/g)).toHaveLength(1);
		const id = /<div class="kb-diagram__drawing"[^>]*><svg id="(mmd-[0-9a-f]{6}-1)"/.exec(html)?.[1];
		expect(id).toBeDefined();
		// Mermaid's dark theme, reduced to what differs, applies under Starlight's dark theme.
		const scope = /<svg id="mmd-[0-9a-f]{6}-1"[^>]* class="(kb-d[0-9a-f]{8})"/.exec(html)?.[1];
		expect(html).toContain(`@media not print{:root[data-theme='dark'] .${scope}:not(#kb)`);
		// The other fence is still highlighted, the diagram is not.
		expect(html.match(/class="expressive-code"/g)).toHaveLength(1);
		expect(html).not.toContain('language-mermaid');
	});

	test('repeats the text of the diagram outside the SVG, where search and screen readers find it', async () => {
		const { render } = await createRenderer();
		const html = await render(SEQUENCE);
		const text = html.slice(html.indexOf('kb-diagram__text'));
		expect(text).toContain('<li>GenerateDataKey</li>');
		expect(text).toContain('<li>encrypted data key</li>');
		expect(text).toContain('<li>KMS</li>');
	});

	test('gives each diagram of a page its own ids, even when two are identical', async () => {
		const { render } = await createRenderer();
		const html = await render(`${SEQUENCE}\n\n${SEQUENCE}`);
		const ids = [...html.matchAll(/<svg id="([^"]+)"/g)].map((match) => match[1]);
		expect(ids).toHaveLength(2);
		expect(new Set(ids).size).toBe(2);
		// Identical drawings share one stylesheet, carried by the first and selected by a class.
		const scopes = [...html.matchAll(/<svg id="[^"]+"[^>]* class="(kb-d[0-9a-f]{8})"/g)].map((match) => match[1]);
		expect(scopes).toHaveLength(2);
		expect(scopes[0]).toBe(scopes[1]);
		expect(html.match(/@keyframes dash/g)).toHaveLength(1);
	});

	test('gives a drawing the smallest width at which its smallest text is still 12 px on screen', async () => {
		const { render } = await createRenderer();
		const html = await render('```mermaid\nflowchart LR\n  A[Source] --> B[Build] --> C[Test] --> D[Stage] --> E[Approve] --> F[Production]\n```');
		const viewBoxWidth = Number(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(html)![1]);
		// Flowchart labels are 15 px at natural size, so the drawing may shrink to 12/15 of it, not below.
		expect(html).toContain(`style="--kb-min-width:${Math.ceil((viewBoxWidth * 12) / 15)}px"`);
	});

	test('draws nothing on a rebuild: diagrams come from the cache', async () => {
		const first = await createRenderer();
		await first.render(SEQUENCE);
		expect(renderStats).toEqual({ rendered: 2, cached: 0 });
		resetRenderStats();
		const second = await createRenderer(first.cacheDir);
		const html = await second.render(SEQUENCE);
		expect(renderStats).toEqual({ rendered: 0, cached: 2 });
		expect(html).toContain('GenerateDataKey');
	});

	test('fails on a syntax error, naming the file, the line and the fix', async () => {
		const { render } = await createRenderer();
		const markdown = 'Title\n\n```mermaid\nflowchart LR\n  A --> B\n  B -->\n```\n';
		await expect(render(markdown)).rejects.toThrow(/\[kb:mermaid\] docs\/test\/page\.md:6 Mermaid could not parse this diagram:[\s\S]*Parse error[\s\S]*Fix: correct the diagram at that line/);
	});

	test('fails on a character the diagram font lacks, naming the line and what to write instead', async () => {
		const { render } = await createRenderer();
		const markdown = 'Title\n\n```mermaid\nflowchart LR\n  A[Build] --> B[Test – deploy]\n```\n';
		await expect(render(markdown)).rejects.toThrow(/\[kb:mermaid\] docs\/test\/page\.md:5 this diagram uses "–", which the diagram font does not have\.[\s\S]*Fix: write it with plain characters/);
	});
});
