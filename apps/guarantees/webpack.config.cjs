module.exports = require('../../tools/webpack/node-app.cjs')({
  name: 'guarantees',
  entries: { main: './apps/guarantees/src/main.ts', migrate: './apps/guarantees/src/migrate.ts' },
});
