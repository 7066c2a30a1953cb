/**
 * Where the site's content comes from. Build tests point `KB_DOCS_DIR` at a tiny fixture folder
 * so the real configuration (schema, plugins, checks) is what they exercise.
 */
export const DOCS_DIR = process.env.KB_DOCS_DIR ?? './docs';
