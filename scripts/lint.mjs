#!/usr/bin/env node
// `npm run lint`: cargo clippy (warnings are errors) and cargo fmt --check over the workspace,
// and ESLint over the extension, the scripts and the tests (`npm test` runs ESLint too).

import path from 'node:path';
import { ROOT, StepError, capture, ensureNodeModules, ensureRustTools, green, red, run, runMain, step } from './lib.mjs';

function ensureComponent(cmd, component) {
  if (capture('cargo', [cmd, '--version']).status !== 0) run('rustup', ['component', 'add', component]);
}

async function main() {
  ensureRustTools();
  const failed = [];
  const attempt = (name, fn) => {
    step(name);
    try {
      fn();
    } catch (e) {
      if (!(e instanceof StepError)) throw e;
      console.error(`${red('error:')} ${e.message}`);
      failed.push(name);
    }
  };
  attempt('clippy', () => {
    ensureComponent('clippy', 'clippy');
    run('cargo', ['clippy', '--workspace', '--all-targets', '--', '-D', 'warnings']);
  });
  attempt('rustfmt', () => {
    ensureComponent('fmt', 'rustfmt');
    run('cargo', ['fmt', '--all', '--check'], { what: 'cargo fmt --check (run `cargo fmt --all` to fix)' });
  });
  attempt('eslint', () => {
    ensureNodeModules();
    run(process.execPath, [path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--max-warnings', '0', '.'], { what: 'ESLint' });
  });
  console.log(failed.length ? red(`\nLint FAILED: ${failed.join(', ')}`) : green('\nLint OK'));
  return failed.length ? 1 : 0;
}

process.chdir(ROOT);
await runMain(main);
