import { expect, test } from '@playwright/test';
import { FIRST_PAGE_JS_BUDGET, firstPageJs } from '../../scripts/first-page-js.mjs';

test('the first page loads at most 50 kB of JavaScript (gzip)', () => {
  const { gzip, files } = firstPageJs('dist');
  expect(files.length).toBeGreaterThan(0);
  expect(gzip).toBeLessThanOrEqual(FIRST_PAGE_JS_BUDGET);
});
