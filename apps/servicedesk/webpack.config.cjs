module.exports = require('../../tools/webpack/node-app.cjs')({
  name: 'servicedesk',
  entries: { main: './apps/servicedesk/src/main.ts', migrate: './apps/servicedesk/src/migrate.ts' },
});
