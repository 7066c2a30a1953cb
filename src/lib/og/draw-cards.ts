import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../find-browser';
import { CARD_VERSION, renderCardHtml, type CardText } from './og-card';

export interface CardJob extends CardText {
	/** Where the PNG goes. */
	file: string;
}

/**
 * Draws link-preview cards as PNG in one browser page, reusing a cached image when the title,
 * kicker and card design are unchanged. Returns how many were drawn and how many were cached.
 */
export async function drawCards(jobs: CardJob[], siteTitle: string, cacheDir: string): Promise<{ drawn: number; cached: number }> {
	let drawn = 0;
	let cached = 0;
	const todo: { job: CardJob; cacheFile: string }[] = [];
	for (const job of jobs) {
		const key = createHash('sha256').update(JSON.stringify([CARD_VERSION, siteTitle, job.title, job.kicker])).digest('hex');
		const cacheFile = join(cacheDir, `${key}.png`);
		mkdirSync(dirname(job.file), { recursive: true });
		if (existsSync(cacheFile)) {
			copyFileSync(cacheFile, job.file);
			cached++;
		} else todo.push({ job, cacheFile });
	}
	if (todo.length === 0) return { drawn, cached };
	mkdirSync(cacheDir, { recursive: true });
	const browser = await chromium.launch({ executablePath: findBrowser().executablePath, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
		for (const { job, cacheFile } of todo) {
			await page.setContent(renderCardHtml(job, siteTitle));
			await page.evaluate('document.fonts.ready');
			await page.screenshot({ path: cacheFile, type: 'png' });
			copyFileSync(cacheFile, job.file);
			drawn++;
		}
	} finally {
		await browser.close();
	}
	return { drawn, cached };
}
