/**
 * On a page opened from a search result (`?highlight=term`), marks the searched terms. Pagefind's
 * highlighter loads only then. Diagrams are excluded: marking SVG text breaks the drawing.
 */
const HIGHLIGHT_PARAM = 'highlight';

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
	const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind-highlight.js`;
	import(/* @vite-ignore */ url).then(({ default: PagefindHighlight }) => {
		new PagefindHighlight({
			highlightParam: HIGHLIGHT_PARAM,
			// Styles come from our CSS, not an injected <style>, so the CSP can forbid inline styles.
			addStyles: false,
			markOptions: {
				className: 'pagefind-highlight',
				exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', 'svg', 'svg *', '.kb-diagram__text', '.kb-diagram__text *'],
			},
		});
	});
}
