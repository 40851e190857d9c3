module.exports = require('../../tools/webpack/node-app.cjs')({
  name: 'subsidies',
  entries: { main: './apps/subsidies/src/main.ts', migrate: './apps/subsidies/src/migrate.ts' },
});
