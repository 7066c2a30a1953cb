/** Site path of an entry id: `sdlc/codedeploy` → `/sdlc/codedeploy/`, `index` → `/`. */
export function getPathOfId(id: string): string {
	const trimmed = id === 'index' ? '' : id.replace(/\/index$/, '');
	return trimmed ? `/${trimmed}/` : '/';
}
