import { describe, expect, test } from 'vitest';
import { mergeThemeVariants } from '../../../src/lib/mermaid/merge-theme-variants';
import { slimSvg } from '../../../src/lib/mermaid/slim-svg';

const svg = (css: string, body: string) => `<svg id="d"><style>${css}</style>${body}</svg>`;
const CSS_LIGHT = '#d{fill:#333;}@keyframes dash{to{stroke-dashoffset:0;}}#d .node rect,#d .node circle{fill:#ECECFF;stroke:#9370DB;}#d .label{color:#333;}';
const CSS_DARK = '#d{fill:#ccc;}@keyframes dash{to{stroke-dashoffset:0;}}#d .node rect,#d .node circle{fill:#1f2020;stroke:#ccc;}#d .label{color:#333;}';

describe('mergeThemeVariants', () => {
	test('keeps the light stylesheet and adds only the dark rules that differ, for the dark theme outside print', () => {
		const body = '<g class="node"><rect x="1" y="2"></rect></g>';
		const merged = mergeThemeVariants(svg(CSS_LIGHT, body), svg(CSS_DARK, body), 'd');
		expect(merged).toBe(
			svg(
				`${CSS_LIGHT}@media not print{:root[data-theme='dark'] #d{fill:#ccc;}:root[data-theme='dark'] #d .node rect,:root[data-theme='dark'] #d .node circle{fill:#1f2020;stroke:#ccc;}}`,
				body,
			),
		);
	});

	test('turns colour attributes that differ into zero-specificity rules per theme, so Mermaid’s own rules still win', () => {
		const merged = mergeThemeVariants(
			svg(CSS_LIGHT, '<path d="M0 0" fill="#333"></path><feDropShadow flood-color="#000000"></feDropShadow>'),
			svg(CSS_DARK, '<path d="M0 0" fill="#ddd"></path><feDropShadow flood-color="#FFFFFF"></feDropShadow>'),
			'd',
		);
		expect(merged).toContain('<path d="M0 0" data-kb-paint="0"></path><feDropShadow data-kb-paint="1"></feDropShadow>');
		expect(merged).toContain(':where(#d [data-kb-paint="0"]){fill:#333}:where(#d [data-kb-paint="1"]){flood-color:#000000}');
		expect(merged).toContain(`:where(:root[data-theme='dark'] #d [data-kb-paint="0"]){fill:#ddd}`);
	});

	test('turns colours of style attributes into variables with a value per theme', () => {
		const merged = mergeThemeVariants(svg(CSS_LIGHT, '<rect style="fill:#fff;stroke-width:1"></rect>'), svg(CSS_DARK, '<rect style="fill:#000;stroke-width:1"></rect>'), 'd');
		expect(merged).toContain('<rect style="fill:var(--kb-c0);stroke-width:1"></rect>');
		expect(merged).toContain('#d{--kb-c0:#fff}');
		expect(merged).toContain(":root[data-theme='dark'] #d{--kb-c0:#000}");
	});

	test('keeps definitions one theme adds at the end', () => {
		const merged = mergeThemeVariants(svg(CSS_LIGHT, '<g></g>'), svg(CSS_DARK, '<g></g><linearGradient id="g"><stop offset="0%"></stop></linearGradient>'), 'd');
		expect(merged).toContain('<g></g><linearGradient id="g"><stop offset="0%"></stop></linearGradient></svg>');
	});

	test('gives up when the drawings differ in more than colour', () => {
		expect(mergeThemeVariants(svg(CSS_LIGHT, '<rect width="10"></rect>'), svg(CSS_DARK, '<rect width="12"></rect>'), 'd')).toBeUndefined();
		expect(mergeThemeVariants(svg(CSS_LIGHT, '<text>A</text>'), svg(CSS_DARK, '<text>B</text>'), 'd')).toBeUndefined();
		expect(mergeThemeVariants(svg('#d .a{fill:red;}', ''), svg('#d .b{fill:red;}', ''), 'd')).toBeUndefined();
	});
});

describe('slimSvg', () => {
	test('drops data attributes Mermaid’s scripts use, empty styles and markers nothing points at', () => {
		const input =
			'<svg><marker id="end"><path></path></marker><marker id="start"><path></path></marker>' +
			'<path data-points="W3s=" data-look="classic" style="" marker-end="url(#end)"></path></svg>';
		expect(slimSvg(input)).toBe('<svg><marker id="end"><path></path></marker><path data-look="classic" marker-end="url(#end)"></path></svg>');
	});

	test('joins the words of a label line, drawn alike, into one tspan; lines with a position of their own stay apart', () => {
		const word = '<tspan font-style="normal" class="text-inner-tspan" font-weight="normal">';
		const row = (y: string, words: string[]) => `<tspan class="row" x="0" y="${y}">${words.map((text) => `${word}${text}</tspan>`).join('')}</tspan>`;
		expect(slimSvg(`<text>${row('0', ['SNS', ' (notify', ' the'])}${row('1em', ['team)'])}</text>`)).toBe(
			`<text><tspan class="row" x="0" y="0">${word}SNS (notify the</tspan></tspan><tspan class="row" x="0" y="1em">${word}team)</tspan></tspan></text>`,
		);
		const bold = '<tspan font-style="normal" class="text-inner-tspan" font-weight="bold">';
		expect(slimSvg(`<text>${word}plain</tspan>${bold} bold</tspan></text>`)).toBe(`<text>${word}plain</tspan>${bold} bold</tspan></text>`);
	});

	test('rounds coordinates to a hundredth, reading numbers that path data runs together', () => {
		expect(slimSvg('<path d="M12.258.001l.256.004 3.14159-2.71828" transform="translate(1.23456, 7)"></path>')).toBe(
			'<path d="M12.26.001l.256.004 3.14-2.72" transform="translate(1.23, 7)"></path>',
		);
		expect(slimSvg('<svg viewBox="4 4 655.19677734375 374" style="max-width:655.19677734375px"><path style="stroke-dasharray:0 0 115.1967 4"></path></svg>')).toBe(
			'<svg viewBox="4 4 655.2 374" style="max-width:655.2px"><path style="stroke-dasharray:0 0 115.2 4"></path></svg>',
		);
	});
});
