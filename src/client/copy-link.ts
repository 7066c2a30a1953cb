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

let status: HTMLElement | undefined;
let timer: number | undefined;

function announce(message: string) {
	if (!status) {
		status = Object.assign(document.createElement('div'), { className: 'kb-toast', role: 'status' });
		status.setAttribute('aria-live', 'polite');
		document.body.append(status);
	}
	status.textContent = message;
	status.dataset.visible = '';
	clearTimeout(timer);
	timer = window.setTimeout(() => delete status!.dataset.visible, 2000);
}
