module.exports = require('../../tools/webpack/node-app.cjs')({
  name: 'talent',
  entries: { main: './apps/talent/src/main.ts', migrate: './apps/talent/src/migrate.ts' },
});
