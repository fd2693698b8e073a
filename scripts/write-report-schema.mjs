// Regenerates docs/report.schema.json from the zod schema of the JSON report, so the
// documented schema is never written by hand. A test fails when the committed file is stale.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';

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
const { reportJsonSchema } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
await mkdir('docs', { recursive: true });
await writeFile('docs/report.schema.json', `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log('wrote docs/report.schema.json');
