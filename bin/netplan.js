#!/usr/bin/env node
'use strict';
// Runs the bundled command line (dist/netplan.cjs) with V8's code cache
// (dist/netplan.cjs.cache, recorded by the build), so its functions need not
// be compiled again on every start: Node 20 keeps no code cache for ES modules
// and compiling is a large part of linting one plan. A missing or stale cache
// only costs time. This file is CommonJS (bin/package.json) because that
// starts faster than an ES module.

const { readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const file = join(dist, 'netplan.cjs');
const cacheFile = `${file}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}

// `init`, `add` and `lsp` run from dist/ as ES modules; a script from the code cache
// cannot import() them itself.
globalThis.__netplanImport = (specifier) => import(pathToFileURL(join(dist, specifier)).href);

// Node ends a run when its event loop is empty, and waits then for V8 to
// finish compiling in the background functions that will never run again
// (10-15 ms of a one-plan lint). A command that made none of process.stdin,
// stdout and stderr (lint and validate write with writeSync) has nothing
// waiting in a stream when main() resolves, and exits then.
let streams = false;
for (const name of ['stdin', 'stdout', 'stderr']) {
  const { get, enumerable } = Object.getOwnPropertyDescriptor(process, name);
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable,
    get() {
      streams = true;
      return get.call(this);
    },
  });
}

// The build writes the bundle wrapped already (as Module.wrap would), and ASCII
// (esbuild escapes the rest), which latin1 reads faster than utf8.
const script = new vm.Script(readFileSync(file, 'latin1'), { filename: file, cachedData });
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, Module.createRequire(file), bundle, file, dirname(file));

bundle.exports.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  if (process.env.NETPLAN_WRITE_CODE_CACHE) writeFileSync(cacheFile, script.createCachedData());
  if (!streams) process.exit();
});
