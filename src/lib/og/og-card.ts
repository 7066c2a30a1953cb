import { readFileSync } from 'node:fs';
import { DIAGRAM_FONT_SOURCE } from '../mermaid/diagram-font';

export interface CardText {
	title: string;
	/** "Domain 1: SDLC Automation", or the site's tagline for pages outside a domain. */
	kicker: string;
}

/** Bump when the card's look changes, so cached images are drawn again. */
export const CARD_VERSION = 1;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The HTML of a 1200×630 link-preview card, drawn by Chromium into a PNG at build time. */
export function renderCardHtml({ title, kicker }: CardText, siteTitle: string): string {
	const font = readFileSync(DIAGRAM_FONT_SOURCE).toString('base64');
	const size = title.length > 60 ? 58 : title.length > 35 ? 68 : 80;
	return `<!doctype html><html><head><style>
@font-face{font-family:Card;src:url(data:font/woff2;base64,${font}) format('woff2');}
*{margin:0;box-sizing:border-box}
body{width:1200px;height:630px;font-family:Card,sans-serif;background:#232f3e;color:#fff;display:flex;flex-direction:column;justify-content:space-between;padding:72px 80px}
.kicker{font-size:34px;color:#ff9900;letter-spacing:.02em}
h1{font-size:${size}px;line-height:1.1;font-weight:400;max-width:1040px}
.site{font-size:30px;color:#d5dbdb;display:flex;justify-content:space-between;border-top:4px solid #ff9900;padding-top:28px}
</style></head><body><p class="kicker">${escape(kicker)}</p><h1>${escape(title)}</h1><p class="site"><span>${escape(siteTitle)}</span><span>DOP-C02</span></p></body></html>`;
}
