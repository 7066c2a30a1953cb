import { getEditDistance } from '../lib/closest.ts';
import { MIN_CORRECTED_LENGTH, compactTerm, correctionDistance, type SearchTerms } from '../lib/search-terms.ts';

/**
 * Words that carry no topic: the ones readers put between the things they compare ("ecs vs eks")
 * and the small words of a question ("share an ami across accounts"). Pagefind finds only pages
 * that contain every word of a query, and a page that answers the question may never write
 * "vs" or "across", so they are left out (unless the query is nothing else).
 */
const FILLER = new Set(
	'vs vs. versus a an the to of in on at by for from with into onto across between within without and or is are was be can do does how what which why when where i my me we our you your it its this that these those there should'.split(' '),
);

/**
 * The query Pagefind is given for what the reader typed. Pagefind has no typo tolerance and finds
 * only pages holding every word, so: filler words are dropped; punctuation the index does not
 * keep at the edge of a word goes (`$LATEST`, `!Sub`); a service name split in two is joined
 * (`code deploy` → `codedeploy`) and one written as one word is split as the pages write it
 * (`stepfunctions` → `step functions`); a misspelt name is corrected (`codecomit` → `codecommit`)
 * unless the site uses that word itself. Returns the text unchanged when there is nothing to do.
 */
export function rewriteQuery(text: string, terms: SearchTerms | undefined): string {
	const words = text.trim().split(/\s+/).filter(Boolean);
	const kept = words.filter((word) => !FILLER.has(word.toLowerCase())).map(trimPunctuation).filter(Boolean);
	let rewritten = kept.length ? kept : words;
	if (terms) rewritten = joinSplitNames(rewritten, terms).map((word) => correctWord(word, terms));
	const result = rewritten.join(' ');
	return result === words.join(' ') ? text : result;
}

/** `$LATEST` → `LATEST`, `!Sub` → `Sub`, `(optional)` → `optional`; `Fn::Sub`, `iam:PassRole` and `ci/cd` stay. */
function trimPunctuation(word: string): string {
	return word.replace(/^[$!?"'(,;]+|[?"'),;]+$/g, '');
}

/** Two typed words that make one name without a space (`app config` → `appconfig`). */
function joinSplitNames(words: string[], terms: SearchTerms): string[] {
	const out: string[] = [];
	for (let i = 0; i < words.length; i++) {
		const pair = i + 1 < words.length ? compactTerm(words[i]! + words[i + 1]!) : '';
		const name = pair ? terms.names[pair] : undefined;
		if (name !== undefined && !name.includes(' ') && /^[a-z0-9]+$/i.test(words[i]! + words[i + 1]!)) {
			out.push(name);
			i++;
		} else out.push(words[i]!);
	}
	return out;
}

function correctWord(word: string, terms: SearchTerms): string {
	// Identifiers (Fn::GetAtt, iam:PassRole, CAPABILITY_IAM, DeletionPolicy) are typed on purpose.
	if (!/^[a-z0-9]+$/i.test(word) || /[a-z][A-Z]/.test(word)) return word;
	const compact = compactTerm(word);
	const exact = terms.names[compact];
	if (exact !== undefined) return exact.includes(' ') ? exact : word;
	if (compact.length < MIN_CORRECTED_LENGTH || terms.known.includes(compact)) return word;
	const limit = correctionDistance(compact);
	let best: string | undefined;
	let bestDistance = Infinity;
	let tie = false;
	for (const [key, name] of Object.entries(terms.names)) {
		if (Math.abs(key.length - compact.length) > limit) continue;
		const distance = getEditDistance(compact, key);
		if (distance < bestDistance) [best, bestDistance, tie] = [name, distance, false];
		else if (distance === bestDistance && name !== best) tie = true;
	}
	// Two names equally close: guessing one would be wrong half the time.
	return best !== undefined && bestDistance <= limit && !tie ? best : word;
}
