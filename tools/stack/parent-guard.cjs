// A child of the launcher ends when the launcher is gone (killed with SIGKILL, or its terminal closed), so no
// service, nats-server or step outlives `npm start`. Two ways to use it:
//   node --require tools/stack/parent-guard.cjs app.js      (a Node child watches its own parent)
//   node tools/stack/parent-guard.cjs <command> [args…]     (wraps a non-Node child such as nats-server:
//                                                             forwards signals, ends it when the launcher is gone)
// Plain Node, no dependencies.
'use strict';
const { spawn } = require('node:child_process');

const POLL_MS = 500;
const GRACE_MS = 10_000;

/**
 * The launcher's pid, passed by the launcher itself (LADDER_GUARD_PARENT): reading `process.ppid` at start-up
 * would take the new parent for the launcher when the launcher was killed before this process got that far
 * (a slow start on a loaded machine), and the child would then never notice. Removed from the environment so that
 * the processes this one starts do not inherit it.
 */
function expectedParent() {
  const given = Number(process.env.LADDER_GUARD_PARENT);
  delete process.env.LADDER_GUARD_PARENT;
  return Number.isInteger(given) && given > 0 ? given : process.ppid;
}

/** Call `onGone` once the parent that started this process has exited (we are re-parented); checked at once, then polled. */
function watchParent(onGone, parent = expectedParent()) {
  let gone = false;
  const check = () => {
    if (gone || process.ppid === parent) return;
    gone = true;
    clearInterval(timer);
    onGone();
  };
  const timer = setInterval(check, POLL_MS);
  timer.unref();
  setImmediate(check);
}

if (require.main === module) {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    process.stderr.write('usage: node parent-guard.cjs <command> [args…]\n');
    process.exit(2);
  }
  const child = spawn(command, args, { stdio: 'inherit' });
  const stopChild = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stopChild('SIGTERM'));
  child.on('error', (error) => {
    process.stderr.write(`${command}: ${error.message}\n`);
    process.exit(127);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  watchParent(() => {
    stopChild('SIGTERM');
    setTimeout(() => stopChild('SIGKILL'), GRACE_MS).unref();
  });
} else {
  // Preloaded into a Node child: let its own SIGTERM handling (Nest shutdown hooks) run, then make sure it ends.
  watchParent(() => {
    process.kill(process.pid, 'SIGTERM');
    setTimeout(() => process.exit(1), GRACE_MS).unref();
  });
}

module.exports = { watchParent };
