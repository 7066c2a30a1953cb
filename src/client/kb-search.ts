import { loadAsset } from './load-script';
import type { SearchTerms } from '../lib/search-terms';

interface SearchSettings {
	bundlePath: string;
	/** Service and short names for reading misspelt queries (src/pages/search-terms.json.ts). */
	termsPath: string;
	queryParam: string;
	highlightParam: string;
	ranking: Record<string, unknown>;
	excerptLength: number;
}

interface PagefindInstance {
	on(event: 'search', callback: (term: string) => void): void;
	triggerLoad(): Promise<void>;
	triggerSearch(term: string): void;
}

declare global {
	interface Window {
		PagefindComponents?: {
			configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
		};
	}
}

/**
 * The search button. Pagefind's Component UI and index are fetched on the first sign that the
 * reader is heading for search, so pages carry no search code until then; the modal is built
 * from the <template> the server rendered.
 */
class KbSearch extends HTMLElement {
	#settings = JSON.parse(this.dataset.settings ?? '{}') as SearchSettings;
	#ready: Promise<{ modal: HTMLElement & { open(): void; isOpen: boolean }; instance: PagefindInstance; rewrite: (text: string) => string }> | undefined;

	connectedCallback() {
		const button = this.querySelector<HTMLButtonElement>('[data-kb-search-open]')!;
		if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
			this.querySelector('[data-kb-mod-key]')!.textContent = '⌘';
			button.setAttribute('aria-keyshortcuts', 'Meta+K');
		}
		const warm = () => void this.#prepare();
		for (const event of ['pointerenter', 'focus', 'touchstart']) button.addEventListener(event, warm, { once: true, passive: true });
		button.addEventListener('click', () => void this.open());
		document.addEventListener('keydown', (event) => {
			const isShortcut = (event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k';
			const isSlash = event.key === '/' && !isTyping(event.target);
			if (isShortcut || isSlash) {
				event.preventDefault();
				void this.open();
			}
		});
		const shared = new URLSearchParams(location.search).get(this.#settings.queryParam);
		if (shared) void this.open(shared);
	}

	/** Opens the search dialog, optionally with a query already typed. */
	async open(query?: string) {
		// Keys typed while the search UI is still loading are kept and handed to the input.
		let typed = '';
		const keep = (event: KeyboardEvent) => {
			if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
				typed += event.key;
				event.preventDefault();
			} else if (event.key === 'Backspace') typed = typed.slice(0, -1);
		};
		document.addEventListener('keydown', keep, true);
		const { modal, instance, rewrite } = await this.#prepare().finally(() => document.removeEventListener('keydown', keep, true));
		if (!modal.isOpen) modal.open();
		const text = (query ?? '') + typed;
		if (text) {
			const input = modal.querySelector('input');
			if (input) input.value = text;
			instance.triggerSearch(rewrite(text));
		}
	}

	#prepare() {
		this.#ready ??= (async () => {
			const { bundlePath, termsPath, queryParam, highlightParam, ranking, excerptLength } = this.#settings;
			const [terms, { rewriteQuery }] = await Promise.all([
				// Without the names, search still works; it just takes queries as typed.
				fetch(termsPath)
					.then((response) => (response.ok ? (response.json() as Promise<SearchTerms>) : undefined))
					.catch(() => undefined),
				// Like Pagefind, loaded with search, not with the page.
				import('./search-query'),
				loadAsset(`${bundlePath}pagefind-component-ui.css`, 'style'),
				loadAsset(`${bundlePath}pagefind-component-ui.js`, 'script'),
			]);
			const rewrite = (text: string) => rewriteQuery(text, terms);
			// Result URLs come from file paths in the build; baseUrl puts a hosting sub-path in front.
			const baseUrl = import.meta.env.BASE_URL;
			const instance = window.PagefindComponents!.configureInstance('default', { bundlePath, baseUrl, highlightParam, ranking, excerptLength });
			// Fetch the index now, not on the first keystroke.
			void instance.triggerLoad();
			const template = this.querySelector<HTMLTemplateElement>('template[data-kb-search-modal]')!;
			document.body.append(template.content.cloneNode(true));
			await customElements.whenDefined('pagefind-modal');
			const modal = document.querySelector('pagefind-modal') as HTMLElement & { open(): void; isOpen: boolean };
			// Ahead of Pagefind's own input handling. One letter matches most of the site, and fetching
			// its index and results costs more than the reader gains: search from the second letter
			// (typing back to one clears the results). A query that reads better rewritten
			// (search-query.ts: "ecs vs eks", "codecomit") is searched rewritten.
			modal.addEventListener(
				'input',
				(event) => {
					const target = event.target;
					if (!(target instanceof HTMLInputElement)) return;
					const rewritten = target.value.trim().length === 1 ? '' : rewrite(target.value);
					if (rewritten === target.value) return;
					event.stopImmediatePropagation();
					instance.triggerSearch(rewritten);
				},
				true,
			);
			// Keep the address shareable: the current query is in ?q= while the dialog is open.
			instance.on('search', (term) => setQueryParam(queryParam, term));
			modal.addEventListener('close', () => setQueryParam(queryParam, ''), true);
			return { modal, instance, rewrite };
		})();
		return this.#ready;
	}
}

function setQueryParam(name: string, value: string) {
	const url = new URL(location.href);
	if (value) url.searchParams.set(name, value);
	else url.searchParams.delete(name);
	history.replaceState(history.state, '', url);
}

function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

customElements.define('kb-search', KbSearch);
