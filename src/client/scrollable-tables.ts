/**
 * Wide tables scroll sideways inside the page (Starlight makes them scroll boxes). A scrolling
 * region must be reachable with the keyboard, so a table that overflows gets a tab stop; tables
 * that fit do not, to keep tabbing short.
 */
function markScrollableTables() {
	for (const table of document.querySelectorAll<HTMLTableElement>('.sl-markdown-content table')) {
		if (table.scrollWidth > table.clientWidth + 1) table.tabIndex = 0;
	}
}

markScrollableTables();
