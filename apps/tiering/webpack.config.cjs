module.exports = require('../../tools/webpack/node-app.cjs')({
  name: 'tiering',
  entries: {
    main: './apps/tiering/src/main.ts',
    migrate: './apps/tiering/src/migrate.ts',
    // The whole-pool job's worker threads (EVALUATION_WORKERS) load this file next to main.js.
    'evaluation-worker': './apps/tiering/src/evaluation/evaluation.worker.ts',
  },
});
