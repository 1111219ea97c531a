// Proves the two safety nets work, using the graphql-js peer (bench/run.sh --selftest):
//  1. a healthy peer passes the gate;
//  2. BENCH_BREAK=js (wrong md5 values, identical byte size) fails the golden comparison;
//  3. BENCH_BREAK=js:late (correct at first, errors after 300 requests) passes the gate but its measured run is rejected.
// The graphql-dotnet peer then shows the same for a .NET server: healthy it passes the gate on every query
// (introspection against its own golden file), with wrong data it fails, and erring later its run is rejected.
import { mkdirSync } from 'node:fs';
import { checkServer, requestBody } from './gate.mjs';
import { measure } from './load.mjs';
import { repo, serverTable, start, stop } from './servers.mjs';

const logs = `${repo}artifacts/bench/http/selftest`;
mkdirSync(logs, { recursive: true });
const js = serverTable().find((s) => s.id === 'js');
const dotnetPeer = serverTable().find((s) => s.id === 'gqldotnet');
let failed = 0;

async function scenario(name, breakWith, expect, server = js, queries = ['Q1', 'Q2', 'Q3', 'Q6']) {
  process.env.BENCH_BREAK = breakWith;
  const running = await start(server, logs, requestBody('Q1'));
  try {
    const gate = await checkServer(server, queries, `${logs}/gate`);
    let verdict = { gatePassed: gate.failures.length === 0, runValid: null };
    if (verdict.gatePassed && expect.runValid !== undefined) {
      const run = await measure(server, running, 'Q2', { connections: 8, seconds: 2, expectedBytes: gate.wireBytes.Q2 });
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
const everyQuery = ['Q1', 'Q1v', 'Q2', 'Q3', 'Q4', 'Q6'];
await scenario('healthy graphql-dotnet peer passes the gate on every query', '', { gatePassed: true }, dotnetPeer, everyQuery);
await scenario('graphql-dotnet with wrong data (same size) fails the gate', 'gqldotnet', { gatePassed: false }, dotnetPeer, everyQuery);
await scenario('graphql-dotnet erring after the gate makes the run invalid', 'gqldotnet:late', { gatePassed: true, runValid: false }, dotnetPeer, everyQuery);
console.log(failed === 0 ? 'gate self-test passed' : `gate self-test FAILED (${failed})`);
process.exit(failed === 0 ? 0 : 1);
