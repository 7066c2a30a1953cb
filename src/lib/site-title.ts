/** The site's name, and the form the header shows where the full one does not fit (a phone). */
export const SITE_TITLE = 'AWS DevOps Knowledge Base';
export const SHORT_SITE_TITLE = 'AWS DevOps KB';
