// Deliberate breakage used to prove the correctness gate works (bench/run.sh --selftest).
// BENCH_BREAK=<server id>        wrong data from the start, same byte size: only the golden comparison can see it.
// BENCH_BREAK=<server id>:late   correct for the first 300 requests (so the gate passes), then GraphQL errors:
//                                the per-run bytes-per-response check must reject the measurement.
export function sabotageMode(serverId) {
  const [id, mode] = (process.env.BENCH_BREAK ?? '').split(':');
  if (id !== serverId) return 'none';
  return mode === 'late' ? 'late' : 'data';
}

export const LATE_AFTER_REQUESTS = 300;
