/**
 * Copy-link controls: a heading's or diagram's anchor link, and the page's "Copy link" button,
 * put the full URL on the clipboard and say so in a status message. The anchor still navigates,
 * so the address bar also shows the link.
 */
const SELECTOR = 'a.sl-anchor-link, a.kb-diagram__anchor, button[data-kb-copy-link]';

document.addEventListener('click', (event) => {
	const control = (event.target as Element | null)?.closest<HTMLElement>(SELECTOR);
	if (!control) return;
	const url = control instanceof HTMLAnchorElement ? control.href : new URL(location.pathname, location.href).href;
	void copy(url).then((copied) => announce(copied ? 'Link copied' : 'Could not copy: use the address bar'));
});

async function copy(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

let statusElement: HTMLElement | undefined;
let timer: number | undefined;

function announce(message: string) {
	if (!statusElement) {
		statusElement = document.createElement('div');
		statusElement.className = 'kb-toast';
		statusElement.setAttribute('role', 'status');
		statusElement.setAttribute('aria-live', 'polite');
		document.body.append(statusElement);
	}
	const element = statusElement;
	element.textContent = message;
	element.dataset.visible = '';
	clearTimeout(timer);
	timer = window.setTimeout(() => delete element.dataset.visible, 2000);
}

// A module, not a global script: its names stay private.
export {};
