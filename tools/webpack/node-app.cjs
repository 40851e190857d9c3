// Webpack config for a NestJS service: one bundle per entry, node_modules left external, `@ladder/*`
// resolved from tsconfig paths, TypeScript transpiled by ts-loader (types are checked by `typecheck`).
const path = require('node:path');
const nodeExternals = require('webpack-node-externals');
const { TsconfigPathsPlugin } = require('tsconfig-paths-webpack-plugin');

const root = path.resolve(__dirname, '../..');

module.exports = function nodeApp({ name, entries, outputPath }) {
  return {
    target: 'node20',
    mode: 'production',
    context: root,
    entry: entries,
    output: { path: path.join(root, outputPath ?? `dist/apps/${name}`), filename: '[name].js', clean: true },
    resolve: {
      extensions: ['.ts', '.js', '.json'],
      plugins: [new TsconfigPathsPlugin({ configFile: path.join(root, 'tsconfig.build.json') })],
    },
    // Our own libraries (workspace links under node_modules/@ladder) are bundled; third-party code stays external.
    externals: [nodeExternals({ modulesDir: path.join(root, 'node_modules'), allowlist: [/^@ladder\//] })],
    externalsPresets: { node: true },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'ts-loader',
          exclude: /node_modules/,
          options: { transpileOnly: true, configFile: path.join(root, 'tsconfig.build.json') },
        },
      ],
    },
    optimization: { minimize: false, nodeEnv: false },
    devtool: 'source-map',
    node: { __dirname: false, __filename: false },
    stats: 'errors-warnings',
    performance: { hints: false },
  };
};
