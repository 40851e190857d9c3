module.exports = require('../../tools/webpack/node-app.cjs')({
  name: 'tiering',
  entries: { main: './apps/tiering/src/main.ts', migrate: './apps/tiering/src/migrate.ts' },
});
