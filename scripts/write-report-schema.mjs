// Regenerates docs/report.schema.json from the zod schema of the JSON report, so the
// documented schema is never written by hand. A test fails when the committed file is stale.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import * as prettier from 'prettier';

const bundle = await build({
  stdin: {
    contents: "export { reportJsonSchema } from './shared/reports/json-report';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  write: false,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});
const { reportJsonSchema } = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);
await mkdir('docs', { recursive: true });
const target = 'docs/report.schema.json';
const options = { ...(await prettier.resolveConfig(target)), parser: 'json' };
await writeFile(target, await prettier.format(JSON.stringify(reportJsonSchema()), options));
console.log('wrote docs/report.schema.json');
