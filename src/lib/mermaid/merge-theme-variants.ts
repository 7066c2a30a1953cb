/**
 * Merges the light and dark drawings of one diagram into a single SVG. The two drawings have the
 * same shapes and differ only in colours: the light stylesheet stays, the dark one is reduced to
 * the rules that differ and applies under Starlight's dark theme (not in print), and colours
 * written on elements become rules per theme. Pages then carry each diagram
 * once instead of twice. Returns undefined when the drawings differ in anything but colour, so the
 * caller keeps both.
 */
export function mergeThemeVariants(light: string, dark: string, id: string): string | undefined {
	const lightParts = splitStyle(light);
	const darkParts = splitStyle(dark);
	if (!lightParts || !darkParts) return undefined;
	const lightTokens = lightParts.body.match(TOKEN) ?? [];
	const darkTokens = darkParts.body.match(TOKEN) ?? [];
	// One theme may add definitions (a gradient) at the end: they are kept, harmless in the other.
	const extra = takeTrailingDefinitions(lightTokens, darkTokens) ?? takeTrailingDefinitions(darkTokens, lightTokens);
	if (lightTokens.length !== darkTokens.length) return undefined;

	const colours = new ColourVariables();
	const painted = new PaintedElements();
	const merged: string[] = [];
	for (const [index, lightToken] of lightTokens.entries()) {
		const darkToken = darkTokens[index]!;
		if (lightToken === darkToken) merged.push(lightToken);
		else {
			const tag = mergeTag(lightToken, darkToken, colours, painted);
			if (tag === undefined) return undefined;
			merged.push(tag);
		}
	}
	const darkRules = diffRules(lightParts.css, darkParts.css);
	if (darkRules === undefined) return undefined;
	const scope = `#${id}`;
	// Mermaid's stylesheet, the same for every diagram of a kind, apart from what this drawing paints itself.
	const mermaidStyle = `${lightParts.css}@media not print{${darkRules.map((rule) => prefixRule(rule, DARK)).join('')}}`;
	const ownStyle =
		colours.declare(scope, 'light') +
		painted.rules(scope, 'light') +
		`@media not print{${colours.declare(`${DARK} ${scope}`, 'dark')}${painted.rules(`${DARK} ${scope}`, 'dark')}}`;
	if (extra) merged.splice(merged.length - 1, 0, ...extra);
	const styles = `<style>${mermaidStyle}</style>` + (ownStyle.length > '@media not print{}'.length ? `<style>${ownStyle}</style>` : '');
	return merged.join('').replace(STYLE_PLACEHOLDER, styles);
}

const DEFINITION_TAGS = new Set(['defs', 'linearGradient', 'radialGradient', 'stop', 'filter', 'feDropShadow']);

/**
 * When `longer` is `shorter` plus definition elements just before `</svg>`, removes them from
 * `longer` and returns them.
 */
function takeTrailingDefinitions(shorter: string[], longer: string[]): string[] | undefined {
	const extraCount = longer.length - shorter.length;
	if (extraCount <= 0 || shorter.at(-1) !== '</svg>' || longer.at(-1) !== '</svg>') return undefined;
	const extra = longer.slice(longer.length - 1 - extraCount, longer.length - 1);
	if (!extra.every((token) => DEFINITION_TAGS.has(/^<\/?([\w:-]+)/.exec(token)?.[1] ?? ''))) return undefined;
	longer.splice(longer.length - 1 - extraCount, extraCount);
	return extra;
}

const DARK = ":root[data-theme='dark']";
const TOKEN = /<[^>]+>|[^<]+/g;
const STYLE_PLACEHOLDER = '\u0000kb-style\u0000';
/** Presentation attributes that hold a colour; as CSS properties they accept variables. */
const COLOUR_ATTRIBUTES = new Set(['fill', 'stroke', 'flood-color', 'stop-color', 'color', 'lighting-color']);

class ColourVariables {
	#names = new Map<string, string>();
	#values: { name: string; light: string; dark: string }[] = [];

	/** A `var(…)` standing for this pair of colours, the same one for every repeat of the pair. */
	use(light: string, dark: string): string {
		const key = `${light}\u0000${dark}`;
		let name = this.#names.get(key);
		if (!name) {
			name = `--kb-c${this.#values.length}`;
			this.#names.set(key, name);
			this.#values.push({ name, light, dark });
		}
		return `var(${name})`;
	}

	declare(selector: string, theme: 'light' | 'dark'): string {
		if (this.#values.length === 0) return '';
		return `${selector}{${this.#values.map((value) => `${value.name}:${value[theme]}`).join(';')}}`;
	}
}

/**
 * Colour attributes that differ between the themes become rules that select the element by a
 * `data-kb-paint` mark inside `:where()`: zero specificity, so, like the presentation attribute
 * they replace, they lose to any rule of Mermaid's stylesheet and beat inheritance.
 */
class PaintedElements {
	#marks = new Map<string, { mark: string; light: string; dark: string }>();

	/** The mark for elements painted with these declarations in each theme. */
	mark(light: string[], dark: string[]): string {
		const key = `${light.join(';')}\u0000${dark.join(';')}`;
		let entry = this.#marks.get(key);
		if (!entry) {
			entry = { mark: String(this.#marks.size), light: light.join(';'), dark: dark.join(';') };
			this.#marks.set(key, entry);
		}
		return entry.mark;
	}

	rules(scope: string, theme: 'light' | 'dark'): string {
		return [...this.#marks.values()].map((entry) => `:where(${scope} [data-kb-paint="${entry.mark}"]){${entry[theme]}}`).join('');
	}
}

function splitStyle(svg: string): { css: string; body: string } | undefined {
	const styles = [...svg.matchAll(/<style>([\s\S]*?)<\/style>/g)];
	if (styles.length !== 1) return undefined;
	const [whole, css = ''] = styles[0]!;
	return { css, body: svg.replace(whole, STYLE_PLACEHOLDER) };
}

interface Tag {
	name: string;
	attributes: [string, string][];
	selfClosing: boolean;
}

function parseTag(token: string): Tag | undefined {
	const match = /^<([\w:-]+)((?:\s+[^\s=/>]+="[^"]*")*)\s*(\/?)>$/.exec(token);
	if (!match) return undefined;
	const attributes = [...match[2]!.matchAll(/([^\s=/>]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!] as [string, string]);
	return { name: match[1]!, attributes, selfClosing: match[3] === '/' };
}

/** One tag from two that differ only in colour values, with the colours as variables. */
function mergeTag(lightToken: string, darkToken: string, colours: ColourVariables, painted: PaintedElements): string | undefined {
	const light = parseTag(lightToken);
	const dark = parseTag(darkToken);
	if (!light || !dark || light.name !== dark.name || light.attributes.length !== dark.attributes.length) return undefined;
	const attributes: [string, string][] = [];
	const lightPaint: string[] = [];
	const darkPaint: string[] = [];
	for (const [index, [name, lightValue]] of light.attributes.entries()) {
		const [darkName, darkValue] = dark.attributes[index]!;
		if (darkName !== name) return undefined;
		// Sequence diagrams number some ids across drawings (actor0, actor3): the light one is kept.
		if (lightValue === darkValue || name === 'id') attributes.push([name, lightValue]);
		else if (COLOUR_ATTRIBUTES.has(name)) {
			lightPaint.push(`${name}:${lightValue}`);
			darkPaint.push(`${name}:${darkValue}`);
		}
		else if (name === 'style') {
			const style = mergeDeclarations(lightValue, darkValue, colours);
			if (style === undefined) return undefined;
			attributes.push([name, style]);
		} else return undefined;
	}
	if (lightPaint.length > 0) attributes.push(['data-kb-paint', painted.mark(lightPaint, darkPaint)]);
	return `<${light.name}${attributes.map(([name, value]) => ` ${name}="${value}"`).join('')}${light.selfClosing ? '/>' : '>'}`;
}

function mergeDeclarations(light: string, dark: string, colours: ColourVariables): string | undefined {
	const lightDeclarations = light.split(';');
	const darkDeclarations = dark.split(';');
	if (lightDeclarations.length !== darkDeclarations.length) return undefined;
	const merged: string[] = [];
	for (const [index, declaration] of lightDeclarations.entries()) {
		const other = darkDeclarations[index]!;
		if (declaration === other) merged.push(declaration);
		else {
			const [property, lightValue] = splitDeclaration(declaration);
			const [darkProperty, darkValue] = splitDeclaration(other);
			if (property !== darkProperty || /!important/.test(lightValue + darkValue)) return undefined;
			merged.push(`${property}:${colours.use(lightValue.trim(), darkValue.trim())}`);
		}
	}
	return merged.join(';');
}

function splitDeclaration(declaration: string): [string, string] {
	const colon = declaration.indexOf(':');
	return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1)];
}

/** The top-level rules of a stylesheet, `@keyframes` blocks included, in order. */
function splitRules(css: string): string[] {
	const rules: string[] = [];
	let depth = 0;
	let start = 0;
	for (let index = 0; index < css.length; index++) {
		if (css[index] === '{') depth++;
		else if (css[index] === '}' && --depth === 0) {
			rules.push(css.slice(start, index + 1).trim());
			start = index + 1;
		}
	}
	return rules;
}

/** The dark stylesheet's rules that differ from the light one's, or undefined if they do not line up. */
function diffRules(lightCss: string, darkCss: string): string[] | undefined {
	const lightRules = splitRules(lightCss);
	const darkRules = splitRules(darkCss);
	if (lightRules.length !== darkRules.length) return undefined;
	const changed: string[] = [];
	for (const [index, rule] of darkRules.entries()) {
		const lightRule = lightRules[index]!;
		if (rule === lightRule) continue;
		const prelude = rule.slice(0, rule.indexOf('{'));
		if (prelude.startsWith('@') || prelude !== lightRule.slice(0, lightRule.indexOf('{'))) return undefined;
		changed.push(rule);
	}
	return changed;
}

/** `#d .a,#d .b{…}` → `<scope> #d .a,<scope> #d .b{…}`. */
function prefixRule(rule: string, scope: string): string {
	const brace = rule.indexOf('{');
	const selectors = splitSelectors(rule.slice(0, brace));
	return `${selectors.map((selector) => `${scope} ${selector.trim()}`).join(',')}${rule.slice(brace)}`;
}

function splitSelectors(prelude: string): string[] {
	const selectors: string[] = [];
	let depth = 0;
	let start = 0;
	for (let index = 0; index < prelude.length; index++) {
		const char = prelude[index];
		if (char === '(' || char === '[') depth++;
		else if (char === ')' || char === ']') depth--;
		else if (char === ',' && depth === 0) {
			selectors.push(prelude.slice(start, index));
			start = index + 1;
		}
	}
	selectors.push(prelude.slice(start));
	return selectors;
}
