#!/usr/bin/env node
// The `vanthu` command: runs the built CLI when present, otherwise the TypeScript source through tsx.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', '..', 'out', 'main', 'cli.js');
if (existsSync(built)) {
  require(built)
    .runCli(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    });
} else {
  require('tsx/cjs');
  require('./index.ts')
    .runCli(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    });
}
