// Printed after every build; fails the build when the first page's JavaScript is over budget.
import { firstPageJs, FIRST_PAGE_JS_BUDGET } from './first-page-js.mjs';

const { files, gzip } = firstPageJs();
for (const f of files) console.log(`  ${f.file}: ${(f.gzip / 1024).toFixed(1)} kB gzip`);
const ok = gzip <= FIRST_PAGE_JS_BUDGET;
console.log(`First page JavaScript: ${(gzip / 1024).toFixed(1)} kB gzip (budget ${FIRST_PAGE_JS_BUDGET / 1024} kB) ${ok ? 'OK' : 'OVER BUDGET'}`);
if (!ok) process.exit(1);
