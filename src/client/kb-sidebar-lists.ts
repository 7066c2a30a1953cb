/**
 * A collapsed domain group of the sidebar holds only its landing page's link (src/lib/sidebar-lists.ts):
 * when the reader opens it, its full list is fetched and put in, in the markup of that link.
 * Without this script the group still leads to the landing page, which lists every page.
 */
const ATTRIBUTE = 'data-kb-sidebar-list';

async function fillGroup(details: HTMLDetailsElement) {
	const first = details.querySelector<HTMLAnchorElement>(`a[${ATTRIBUTE}]`);
	const item = first?.closest('li');
	if (!first || !item) return;
	const url = first.getAttribute(ATTRIBUTE)!;
	// Once per group: a second toggle before the list arrives must not fetch it again.
	first.removeAttribute(ATTRIBUTE);
	try {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`${url}: ${response.status}`);
		const links = (await response.json()) as { href: string; label: string }[];
		item.replaceWith(
			...links.map(({ href, label }) => {
				const copy = item.cloneNode(true) as HTMLLIElement;
				const anchor = copy.querySelector('a')!;
				anchor.href = href;
				(anchor.querySelector('span') ?? anchor).textContent = label;
				return copy;
			}),
		);
	} catch {
		// Offline and not cached: the landing page link stays, and the next opening tries again.
		first.setAttribute(ATTRIBUTE, url);
	}
}

const sidebar = document.getElementById('starlight__sidebar');
// Starlight restores groups the reader opened on an earlier page before this script runs.
for (const details of sidebar?.querySelectorAll<HTMLDetailsElement>('details[open]') ?? []) void fillGroup(details);
sidebar?.addEventListener(
	'toggle',
	(event) => {
		if (event.target instanceof HTMLDetailsElement && event.target.open) void fillGroup(event.target);
	},
	true,
);
