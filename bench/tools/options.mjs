// Command-line options of bench/run.sh. Full mode is the default; --quick is for development.
// Full-mode durations are shorter than PERFORMANCE.md §5.7 (30 s runs) so the whole comparison fits the
// 30-minute budget on a 2-core box: 8 servers x 7 queries x 30 s x 7 runs would take hours.
const FULL = { warmupRuns: 2, warmupSeconds: 2, runs: 5, seconds: 4, gapMs: 500, latencySeconds: 5, latencyQueries: ['Q2', 'Q3'] };
const QUICK = { warmupRuns: 1, warmupSeconds: 1, runs: 3, seconds: 1, gapMs: 200, latencySeconds: 2, latencyQueries: ['Q2'] };

export const USAGE = `Usage: bench/run.sh [--quick] [--only sg,js,jit,merc,yoga,gqldotnet,c0,c1,c2] [--queries Q1,Q1v,Q2,Q3,Q4,Q5,Q6]
                    [--runs N] [--duration S] [--warmup-runs N] [--warmup-duration S] [--connections C]
                    [--latency Q2,Q3|none] [--latency-duration S] [--gc-server] [--out FILE] [--selftest]
Env: BENCH_BREAK=<server>[:late] breaks one Node server on purpose (see bench/peers/shared/sabotage.mjs);
     BENCH_PORT_OFFSET=<n> adds n to every server port (5100…5112), for a second checkout measured alongside.`;

export function parseOptions(argv) {
  const quick = argv.includes('--quick');
  const o = { quick, ...(quick ? QUICK : FULL), connections: 32, gcServer: false, only: null, queries: null, out: null };
  for (let i = 0; i < argv.length; i++) {
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${argv[i]} needs a value\n${USAGE}`);
      return argv[++i];
    };
    const list = () => next().split(',').map((s) => s.trim()).filter(Boolean);
    switch (argv[i]) {
      case '--quick': break;
      case '--only': o.only = list(); break;
      case '--queries': o.queries = list(); break;
      case '--runs': o.runs = positive(next()); break;
      case '--duration': o.seconds = positive(next()); break;
      case '--warmup-runs': o.warmupRuns = Number(next()); break;
      case '--warmup-duration': o.warmupSeconds = positive(next()); break;
      case '--connections': o.connections = positive(next()); break;
      case '--latency': { const l = list(); o.latencyQueries = l.includes('none') ? [] : l; break; }
      case '--latency-duration': o.latencySeconds = positive(next()); break;
      case '--gc-server': o.gcServer = true; break;
      case '--out': o.out = next(); break;
      case '-h': case '--help': console.log(USAGE); process.exit(0); break;
      default: throw new Error(`Unknown option ${argv[i]}\n${USAGE}`);
    }
  }
  return o;
}

function positive(text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`expected a positive whole number, got '${text}'`);
  return n;
}
