#!/usr/bin/env node
'use strict';
// The CLI is TypeScript bundled by `npm run build` into out/cli; this shim only finds it.
const path = require('node:path');
const fs = require('node:fs');
const built = path.join(__dirname, '..', 'out', 'cli', 'gapwise.cjs');
if (!fs.existsSync(built)) {
  process.stderr.write('gapwise: the CLI is not built yet; run `npm run build` first\n');
  process.exit(1);
}
require(built);
