import { describe, expect, test } from 'vitest';
import { mergeThemeVariants } from '../../../src/lib/mermaid/merge-theme-variants';
import { renderMermaid } from '../../../src/lib/mermaid/renderer';
import { slimSvg } from '../../../src/lib/mermaid/slim-svg';
import { diagramFontFace as fontFace, useDiagramBrowser } from '../diagram-browser';

// One of each kind of diagram the pages use.
const DIAGRAMS = {
	flowchart: 'flowchart LR\n  A[Source] --> B{Tests pass?}\n  B -->|yes| C[(Artifact)]\n  B -.->|no| D([Stop])',
	sequence: 'sequenceDiagram\n  participant App\n  App->>KMS: GenerateDataKey\n  KMS-->>App: plaintext and encrypted key\n  Note over App: encrypt locally',
	state: 'stateDiagram-v2\n  [*] --> InProgress\n  InProgress --> Succeeded\n  InProgress --> Failed\n  Failed --> [*]\n  Succeeded --> [*]',
	quadrant:
		'quadrantChart\n  x-axis Low cost --> High cost\n  y-axis Slow recovery --> Fast recovery\n  Backup and restore: [0.15, 0.15]\n  Multi-site: [0.85, 0.9]',
};

const browser = useDiagramBrowser();

/** A screenshot of the SVG on a page in the given Starlight theme. */
async function draw(svg: string, theme: 'light' | 'dark'): Promise<Buffer> {
	const page = await browser().newPage({ viewport: { width: 1200, height: 900 } });
	try {
		await page.setContent(`<!doctype html><html data-theme="${theme}"><head><style>${fontFace}body{margin:0}</style></head><body>${svg}</body></html>`);
		await page.evaluate(() => document.fonts.ready);
		return await page.locator('svg').first().screenshot();
	} finally {
		await page.close();
	}
}

/** The largest difference of any colour channel between two same-sized screenshots, 0 to 255. */
async function largestDifference(a: Buffer, b: Buffer): Promise<number> {
	const page = await browser().newPage();
	try {
		return await page.evaluate(
			async ([first, second]) => {
				const load = (src: string) => new Promise<HTMLImageElement>((resolve) => Object.assign(new Image(), { onload: function (this: HTMLImageElement) { resolve(this); }, src }));
				const images = await Promise.all([load(first!), load(second!)]);
				if (images[0]!.width !== images[1]!.width || images[0]!.height !== images[1]!.height) return 255;
				const pixels = images.map((image) => {
					const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
					const context = canvas.getContext('2d')!;
					context.drawImage(image, 0, 0);
					return context.getImageData(0, 0, image.width, image.height).data;
				});
				let largest = 0;
				for (let index = 0; index < pixels[0]!.length; index++) largest = Math.max(largest, Math.abs(pixels[0]![index]! - pixels[1]![index]!));
				return largest;
			},
			[a, b].map((png) => `data:image/png;base64,${png.toString('base64')}`),
		);
	} finally {
		await page.close();
	}
}

describe('a merged diagram', () => {
	for (const [kind, source] of Object.entries(DIAGRAMS)) {
		test(`looks like Mermaid's own drawing in each theme: ${kind}`, async () => {
			const id = `mmd-test-${kind}`;
			const light = await renderMermaid(source, 'default', id);
			const dark = await renderMermaid(source, 'dark', id);
			// Slimmed first, as the site does: rounding coordinates to 1/100 px is its own, deliberate, change.
			const [lightSvg, darkSvg] = [slimSvg(light.svg), slimSvg(dark.svg)];
			const merged = mergeThemeVariants(lightSvg, darkSvg, id);
			expect(merged, 'the two drawings merge').toBeDefined();
			// Anti-aliasing of a drop shadow may differ by a few levels; a wrong colour differs by far more.
			expect(await largestDifference(await draw(lightSvg, 'light'), await draw(merged!, 'light'))).toBeLessThanOrEqual(8);
			expect(await largestDifference(await draw(darkSvg, 'dark'), await draw(merged!, 'dark'))).toBeLessThanOrEqual(8);
		// Six drawings and screenshots in a real browser: slow on a loaded 2-core machine.
		}, 180_000);
	}
});
