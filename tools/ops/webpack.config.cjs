module.exports = require('../webpack/node-app.cjs')({
  name: 'ops',
  outputPath: 'dist/tools/ops',
  entries: {
    provision: './tools/ops/src/provision.ts',
    'seed-demo': './tools/ops/src/seed-demo.ts',
    'health-probe': './tools/ops/src/health-probe.ts',
  },
});
