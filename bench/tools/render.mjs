// Re-renders a report from the raw results a run left in artifacts/bench/http/<date>.json.
// Usage: node bench/tools/render.mjs <results.json> [out.md]
import { readFileSync, writeFileSync } from 'node:fs';
import { renderReport } from './report.mjs';

const [input, output] = process.argv.slice(2);
if (!input) throw new Error('Usage: node bench/tools/render.mjs <results.json> [out.md]');
const markdown = renderReport(JSON.parse(readFileSync(input, 'utf8')));
if (output) writeFileSync(output, markdown); else process.stdout.write(markdown);
