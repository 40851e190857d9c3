module.exports = require('../../tools/webpack/node-app.cjs')({
  name: 'registry',
  entries: { main: './apps/registry/src/main.ts', migrate: './apps/registry/src/migrate.ts' },
});
