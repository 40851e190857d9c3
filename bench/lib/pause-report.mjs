// What held up the slow paced requests of a list-API bench run with BENCH_PROBE=<dir>:
//   node bench/lib/pause-report.mjs <dir>
// For each paced request over 10 ms, the longest pause of any process (GC, slow SQLite call, or an event-loop
// stall with neither inside it) that overlapped it; then, per process, the pauses counted during the paced phase.
import * as fs from 'node:fs';
import * as path from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/lib/pause-report.mjs <BENCH_PROBE dir>');
  process.exit(2);
}
const phases = JSON.parse(fs.readFileSync(path.join(dir, 'bench-phases.json'), 'utf8'));
const paced = phases.paced;
const processes = {};
for (const f of fs.readdirSync(dir)) {
  if (!f.endsWith('.json') || f === 'bench-phases.json') continue;
  processes[f.replace(/\.json$/, '')] = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
}

/** A pause's label: the GC kind, the SQL's first words, or an unexplained stall. */
function label(name, e) {
  if (e.type === 'gc') return `${name} gc ${e.kind}`;
  if (e.type === 'sql') return `${name} sql ${e.sql.replace(/\s+/g, ' ').slice(0, 48)}`;
  return `${name} stall`;
}

/** Pauses of ≥ 2 ms; a stall that contains a GC or SQL call is left to those. */
const pauses = [];
for (const [name, p] of Object.entries(processes)) {
  const inner = p.events.filter((e) => e.type !== 'stall' && e.ms >= 2);
  for (const e of p.events) {
    if (e.ms < 2) continue;
    if (e.type === 'stall' && inner.some((i) => i.at >= e.at - 1 && i.at + i.ms <= e.at + e.ms + 1)) continue;
    pauses.push({ ...e, label: label(name, e) });
  }
}

const measured = paced.slow.filter((r) => !paced.measuredFrom || r.at >= paced.measuredFrom);
const causes = new Map();
for (const r of measured) {
  const overlapping = pauses.filter((e) => e.at < r.at + r.ms && e.at + e.ms > r.at - 2);
  overlapping.sort((a, b) => b.ms - a.ms);
  const cause = overlapping[0]?.label ?? 'none seen';
  const c = causes.get(cause) ?? { n: 0, worst: 0 };
  c.n++;
  c.worst = Math.max(c.worst, r.ms);
  causes.set(cause, c);
}
const seconds = (paced.to - paced.from) / 1000;
console.log(
  `paced phase ${seconds.toFixed(1)} s at ${paced.rate} req/s: ${measured.length} measured requests over 10 ms (${paced.slow.length} with the warm-up)`,
);
for (const [cause, c] of [...causes].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`  ${String(c.n).padStart(4)}  worst ${c.worst.toFixed(0).padStart(4)} ms  ${cause}`);
}

const perSecond = Array.from({ length: Math.ceil(seconds) }, () => 0);
for (const r of paced.slow) if (r.ms > 20) perSecond[Math.floor((r.at - paced.from) / 1000)]++;
const warm = paced.measuredFrom ? Math.round((paced.measuredFrom - paced.from) / 1000) : 0;
console.log(`requests over 20 ms in each second of the phase (${warm} s of warm-up first): ${perSecond.join(' ')}`);

console.log('pauses during the paced phase (count, total ms, longest ms):');
const inPhase = (e) => e.at >= (paced.measuredFrom ?? paced.from) && e.at <= paced.to;
for (const [name, p] of Object.entries(processes)) {
  const groups = new Map();
  for (const e of p.events.filter(inPhase)) {
    if (e.type === 'gc' && e.kind === 'minor' && e.ms < 2) continue;
    const key = e.type === 'stall' ? (e.ms > 10 ? 'stall > 10 ms' : 'stall 5–10 ms') : label(name, e).slice(name.length + 1);
    const g = groups.get(key) ?? { n: 0, total: 0, max: 0 };
    g.n++;
    g.total += e.ms;
    g.max = Math.max(g.max, e.ms);
    groups.set(key, g);
  }
  const loop = p.loopDelay ? ` (loop delay p99 ${p.loopDelay.p99} ms, max ${p.loopDelay.max} ms, whole run)` : '';
  console.log(`  ${name}${loop}`);
  for (const [key, g] of [...groups].sort((a, b) => b[1].total - a[1].total)) {
    console.log(`    ${String(g.n).padStart(4)}  ${g.total.toFixed(0).padStart(5)} ms  max ${g.max.toFixed(1).padStart(6)}  ${key}`);
  }
}
