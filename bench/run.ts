// `npm run bench [suite...]`: runs the benchmark suites and prints medians; never part of `npm test`.
import { suites } from './suites.js';

const wanted = process.argv.slice(2);
const chosen = wanted.length === 0 ? suites : suites.filter((s) => wanted.includes(s.name));
if (chosen.length === 0) {
  console.error(
    `No suite named ${wanted.join(', ')}. Suites: ${suites.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}
for (const suite of chosen) {
  console.log(`\n## ${suite.name}: ${suite.description}`);
  await suite.run();
}
