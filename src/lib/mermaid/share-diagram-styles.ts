import { createHash } from 'node:crypto';

/**
 * Mermaid gives every drawing a full stylesheet scoped by the drawing's id, although drawings of
 * the same kind get the same rules. This rewrites the scope to a class named after the rules, and
 * only the page's first drawing with those rules keeps them: the others use its stylesheet.
 * `:not(#kb)` keeps an id's weight in each selector, so the rules win where Mermaid's did.
 * One instance per page.
 */
export class SharedDiagramStyles {
	#onPage = new Set<string>();

	share(svg: string, id: string): string {
		const style = /<style>([\s\S]*?)<\/style>/.exec(svg);
		if (!style) return svg;
		// `#id` scopes a rule; `#id-gradient` and the like name an element of the drawing.
		const generic = style[1]!.replace(new RegExp(`#${id}(?![\\w-])`, 'g'), '\u0000').replace(new RegExp(`#${id}(?=[\\w-])`, 'g'), '\u0001');
		const className = `kb-d${createHash('sha256').update(generic).digest('hex').slice(0, 8)}`;
		// Kept by the first drawing only, so its element names stay the ones the rules point at.
		const css = generic.replaceAll('\u0000', `.${className}:not(#kb)`).replaceAll('\u0001', `#${id}`);
		const first = !this.#onPage.has(className);
		this.#onPage.add(className);
		const withoutStyle = svg.replace(style[0], first ? `<style>${css}</style>` : '');
		return withoutStyle.replace(/^<svg[^>]*>/, (root) =>
			/ class="/.test(root) ? root.replace(/ class="([^"]*)"/, ` class="$1 ${className}"`) : root.replace(/>$/, ` class="${className}">`),
		);
	}
}
