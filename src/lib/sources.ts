/**
 * The source notes this knowledge base was written from. Pages name them in their `sources`
 * front matter by id; the page shows the title so a reader knows where a fact came from.
 */
export const SOURCES = {
	'dop-c02-course': {
		title: 'DOP-C02 DevOps Engineer Professional course slides',
		year: 2023,
	},
	'summit-berlin-2019': {
		title: 'AWS Summit Berlin 2019 talk notes',
		year: 2019,
	},
	'dva-2019': {
		title: 'Developer Associate 2019 study notes (part 5)',
		year: 2019,
	},
	'serverless-whitepaper': {
		title: 'Serverless architectures whitepaper',
		year: 2019,
	},
	// Topics the exam asks that the notes never had are written from AWS's own documentation;
	// `part` names the guide or page (e.g. `AWS Control Tower User Guide: Account Factory`).
	'aws-docs': {
		title: 'AWS documentation (user guides, API references, What’s New)',
		year: 2026,
	},
} as const satisfies Record<string, { title: string; year: number }>;

export type SourceId = keyof typeof SOURCES;
export const SOURCE_IDS = Object.keys(SOURCES) as [SourceId, ...SourceId[]];
