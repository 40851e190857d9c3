module.exports = require('../../tools/webpack/node-app.cjs')({
  name: 'gateway',
  entries: {
    main: './apps/gateway/src/main.ts',
    migrate: './apps/gateway/src/migrate.ts',
    'seed-accounts': './apps/gateway/src/seed-accounts.ts',
  },
});
