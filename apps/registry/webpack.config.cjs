module.exports = require('../../tools/webpack/node-app.cjs')({
  name: 'registry',
  entries: {
    main: './apps/registry/src/main.ts',
    migrate: './apps/registry/src/migrate.ts',
    // The list's reads off the event loop (SqliteReadThread) load this file next to main.js.
    'sqlite-read-worker': './libs/platform/persistence/src/lib/sqlite-read.worker.ts',
  },
});
