import { expect, test } from 'vitest';
import { splitAliases } from '../../../src/lib/search-names';

test("a page's one-word aliases and service names are its names; the other aliases describe it", () => {
	expect(splitAliases(['cloudformation', 'cfn', 'stack-status'])).toEqual({ names: ['cloudformation', 'cfn'], others: ['stack status'] });
	expect(splitAliases(['api-gateway', 'api-gateway-throttling', 'route-53'])).toEqual({ names: ['api gateway', 'route 53'], others: ['api gateway throttling'] });
});
