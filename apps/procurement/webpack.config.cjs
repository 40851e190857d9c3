module.exports = require('../../tools/webpack/node-app.cjs')({
  name: 'procurement',
  entries: { main: './apps/procurement/src/main.ts', migrate: './apps/procurement/src/migrate.ts' },
});
