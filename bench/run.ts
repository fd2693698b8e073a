import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { machine, nodeBench, type Figure } from './node-bench';

/** `npm run bench`, Node half: prints the table and writes bench/results.json. */

function table(figures: Figure[]): string {
  const rows = [
    '| figure | members | ms | baseline ms | ratio | target at 10,000 | met |',
    '|---|---:|---:|---:|---:|---|---|',
  ];
  for (const f of figures) {
    const target = [
      f.target.maxMs !== undefined ? `≤ ${f.target.maxMs} ms` : '',
      f.target.maxRatio !== undefined ? `≤ ${f.target.maxRatio}×` : '',
    ]
      .filter(Boolean)
      .join(', ');
    rows.push(
      `| ${f.label} | ${f.size.toLocaleString('en')} | ${f.ms} | ${f.baselineMs} | ${f.ratio}× | ${target} | ${f.met === null ? '' : f.met ? 'yes' : '**no**'} |`,
    );
  }
  return rows.join('\n');
}

async function main() {
  const started = Date.now();
  console.log('gapwise bench: Node figures (median of several runs after warm-up)');
  const figures = await nodeBench((line) => console.log(line));
  console.log(`\n${table(figures)}\n`);
  const out = join(process.cwd(), 'bench', 'results.json');
  await writeFile(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), node: figures }, null, 2)}\n`,
  );
  console.log(`gapwise bench: wrote ${out} in ${Math.round((Date.now() - started) / 1000)} s`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
