// Pause probe for the benches (BENCH_PROBE=<dir>): loaded with `--require` into each process under test, it
// records on the wall clock (epoch ms) what can hold up a request in that process: every GC (PerformanceObserver
// 'gc'), every event-loop stall over STALL_MS (a timer that should fire every TICK_MS), and every synchronous
// better-sqlite3 call over SQL_MS, and its memory every 250 ms, and writes them to $BENCH_PROBE_FILE when the
// process exits.
'use strict';
const fs = require('node:fs');
const { PerformanceObserver, performance, monitorEventLoopDelay, constants } = require('node:perf_hooks');

const file = process.env.BENCH_PROBE_FILE;
if (file) {
  const TICK_MS = 2;
  const STALL_MS = 5;
  const SQL_MS = 1;
  const origin = performance.timeOrigin;
  const gcKinds = {
    [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
    [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
    [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
  };
  // BENCH_PROBE_TRACE_GC=<name,…>: V8's --trace-gc (full GCs only) and --trace-incremental-marking (why each
  // marking started: size / limit / slack) in those processes' output.
  const traced = (process.env.BENCH_PROBE_TRACE_GC ?? '').split(',');
  if (traced.includes(require('node:path').basename(file, '.json'))) {
    require('node:v8').setFlagsFromString('--trace-gc');
    require('node:v8').setFlagsFromString('--trace-gc-ignore-scavenger');
    require('node:v8').setFlagsFromString('--trace-incremental-marking');
    // BENCH_PROBE_V8_FLAGS: more V8 flags for the same processes (e.g. --trace-pretenuring-statistics).
    for (const flag of (process.env.BENCH_PROBE_V8_FLAGS ?? '').split(/\s+/).filter(Boolean)) {
      require('node:v8').setFlagsFromString(flag);
    }
  }
  const events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = gcKinds[e.detail?.kind ?? e.kind] ?? 'gc';
      events.push({ type: 'gc', kind, at: origin + e.startTime, ms: e.duration });
    }
  }).observe({ entryTypes: ['gc'] });

  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    if (now - last > STALL_MS + TICK_MS) events.push({ type: 'stall', at: origin + last, ms: now - last });
    last = now;
  }, TICK_MS);
  timer.unref();

  // Memory every 250 ms: V8's heap, and what ArrayBuffers (socket reads, message bodies) hold outside it.
  const memory = [];
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    memory.push({ at: Date.now(), heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers });
  }, 250);
  sampler.unref();

  // BENCH_PROBE_FULL_GC=<name,…>: one full GC in those processes 1 s after their event loop is first busy over
  // 50 % (in the list bench: the gateway's first requests, login and the checked page, before the load), as V8
  // sometimes runs one then on its own. It promotes what is alive, and decides whether the process falls into the
  // state where its short-lived reply buffers outlive the scavenges (docs/performance.md, list API): a cause that
  // then shows in every run instead of in one of five.
  if ((process.env.BENCH_PROBE_FULL_GC ?? '').split(',').includes(require('node:path').basename(file, '.json'))) {
    require('node:v8').setFlagsFromString('--expose-gc');
    const gc = require('node:vm').runInNewContext('gc');
    let elu = performance.eventLoopUtilization();
    const watch = setInterval(() => {
      const now = performance.eventLoopUtilization();
      if (performance.eventLoopUtilization(now, elu).utilization > 0.5) {
        clearInterval(watch);
        setTimeout(() => {
          events.push({ type: 'forced-gc', at: Date.now(), ms: 0 });
          gc();
        }, 1000);
      }
      elu = now;
    }, 250);
    watch.unref();
  }

  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();

  try {
    const Database = require('better-sqlite3');
    const Statement = Object.getPrototypeOf(new Database(':memory:').prepare('select 1'));
    for (const method of ['all', 'get', 'run', 'iterate']) {
      const original = Statement[method];
      Statement[method] = function (...args) {
        const t0 = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          const ms = performance.now() - t0;
          if (ms > SQL_MS) events.push({ type: 'sql', at: origin + t0, ms, sql: this.source.slice(0, 120) });
        }
      };
    }
  } catch {
    // Not every process has better-sqlite3.
  }

  const write = () => {
    const ms = (ns) => Number((ns / 1e6).toFixed(2));
    const loopDelay = { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) };
    fs.writeFileSync(file, JSON.stringify({ pid: process.pid, loopDelay, events, memory }));
  };
  process.on('exit', write);
  // Nest's shutdown hooks end the process with the signal again (no 'exit' event): write when it arrives.
  process.once('SIGTERM', () => {
    write();
    if (process.listenerCount('SIGTERM') === 0) process.kill(process.pid, 'SIGTERM');
  });
}
