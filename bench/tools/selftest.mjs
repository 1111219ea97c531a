// Proves the two safety nets work, using the graphql-js peer (bench/run.sh --selftest):
//  1. a healthy peer passes the gate;
//  2. BENCH_BREAK=js (wrong md5 values, identical byte size) fails the golden comparison;
//  3. BENCH_BREAK=js:late (correct at first, errors after 300 requests) passes the gate but its measured run is rejected.
import { mkdirSync } from 'node:fs';
import { checkServer, requestBody } from './gate.mjs';
import { measure } from './load.mjs';
import { repo, serverTable, start, stop } from './servers.mjs';

const logs = `${repo}artifacts/bench/http/selftest`;
mkdirSync(logs, { recursive: true });
const js = serverTable().find((s) => s.id === 'js');
const queries = ['Q1', 'Q2', 'Q3', 'Q6'];
let failed = 0;

async function scenario(name, breakWith, expect) {
  process.env.BENCH_BREAK = breakWith;
  const running = await start(js, logs, requestBody('Q1'));
  try {
    const gate = await checkServer(js, queries, `${logs}/gate`);
    let verdict = { gatePassed: gate.failures.length === 0, runValid: null };
    if (verdict.gatePassed && expect.runValid !== undefined) {
      const run = await measure(js, running, 'Q2', { connections: 8, seconds: 2, expectedBytes: gate.wireBytes.Q2 });
      verdict.runValid = run.valid;
      if (!run.valid) console.log(`  run rejected: ${run.problems.join('; ')}`);
    }
    for (const f of gate.failures) console.log(`  gate: ${f}`);
    const ok = verdict.gatePassed === expect.gatePassed && (expect.runValid === undefined || verdict.runValid === expect.runValid);
    console.log(`${ok ? 'PASS' : 'FAIL'} ${name}: gate ${verdict.gatePassed ? 'passed' : 'failed'}${verdict.runValid === null ? '' : `, run ${verdict.runValid ? 'valid' : 'rejected'}`}`);
    if (!ok) failed++;
  } finally {
    await stop(running);
  }
}

await scenario('healthy peer passes the gate and its run is valid', '', { gatePassed: true, runValid: true });
await scenario('wrong data (same size) fails the gate', 'js', { gatePassed: false });
await scenario('errors after the gate make the measured run invalid', 'js:late', { gatePassed: true, runValid: false });
console.log(failed === 0 ? 'gate self-test passed' : `gate self-test FAILED (${failed})`);
process.exit(failed === 0 ? 0 : 1);
