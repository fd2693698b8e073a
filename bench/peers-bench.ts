import { join } from 'node:path';
import { analyzeTeam, TeamAnalyzer } from '../shared/analysis';
import { figureOf, pairedFigure, type Figure } from './figure';
import { sample, samplePair } from './measure';
import { checkPeer } from './peers/check';
import { gapwiseSame, resultOfAnalysis } from './peers/gapwise-same';
import { hyperFormulaPeer, peerSheets, readResults, setLevel } from './peers/hyperformula-peer';
import { pandasVersion, runPandasPeer } from './peers/pandas-peer';
import { peerInputOf } from './peers/peer-input';
import { dataset, withOneChange } from './bench-data';
import { syntheticFramework } from './synthetic';

/*
 * Peers side by side: the coverage and fit part of the analysis (holders per required skill
 * at its level, each member's fit to their role) done by a spreadsheet engine (HyperFormula,
 * COUNTIFS and SUMPRODUCT formulas) and by pandas, on the same organisations. Each peer's
 * figures are checked against Gapwise's analysis before it is timed: a mismatch throws.
 * `ms` is Gapwise's time, `baselineMs` the peer's: ratio = Gapwise ÷ peer.
 */

/** The edited skill, as the other re-analysis figures edit it (bench-data.ts). */
const EDITED_SKILL = 'data-pipelines';
/** Gapwise's analysis warms up longer: its first runs pay for V8 compiling the engine. */
const GAPWISE_WARMUP = 10;
/** One HyperFormula build beyond this takes a single timed run (and no warm-up). */
const SLOW_BUILD_MS = 60_000;

function warm(fn: () => unknown, times = GAPWISE_WARMUP): void {
  for (let i = 0; i < times; i++) fn();
}

export async function peersBench(sizes: number[], log: (line: string) => void): Promise<Figure[]> {
  const framework = syntheticFramework(60);
  const figures: Figure[] = [];
  const pandas = await pandasVersion();
  if (pandas === null) {
    log("  pandas peer skipped: Debian's python3-pandas is not installed (apt-get install python3-pandas)");
  }
  for (const size of sizes) {
    const data = dataset(size, framework);
    const input = peerInputOf(data);
    const sheets = peerSheets(input);
    const expected = resultOfAnalysis(data, analyzeTeam(data));
    checkPeer('Gapwise alone', gapwiseSame(data), expected);
    const full = () => analyzeTeam(data);
    const same = () => gapwiseSame(data);

    // One build first, checked, and timed to choose how many runs the peer can afford.
    const probeMs = (() => {
      const start = performance.now();
      const { hf, result } = hyperFormulaPeer(sheets);
      const ms = performance.now() - start;
      checkPeer('HyperFormula', result, expected);
      // A live workbook (about 300 MB at 10,000 members) slows whatever runs beside it by
      // its garbage collection: none is kept while Gapwise's analysis is timed against a build.
      hf.destroy();
      return ms;
    })();
    const slow = probeMs > SLOW_BUILD_MS;
    const runs = slow ? 1 : size >= 10_000 ? 3 : size >= 1_000 ? 5 : 9;
    const warmup = slow || size >= 10_000 ? 0 : 1;
    log(
      `  ${size} members: HyperFormula builds in ${Math.round(probeMs)} ms; ${runs} run${runs > 1 ? 's' : ''}` +
        (slow ? ' (one build is over a minute)' : ''),
    );
    const build = () => hyperFormulaPeer(sheets);
    warm(full);
    warm(same);
    const label = 'Coverage and fits: HyperFormula workbook built from the arrays (COUNTIFS, SUMPRODUCT) and read';
    const builds = [
      ['peer-hyperformula', "Gapwise's full analysis", full],
      ['peer-hyperformula-same', 'Gapwise computing only that', same],
    ] as const;
    for (const [id, against, gapwise] of builds) {
      figures.push(
        await pairedFigure(
          {
            id,
            label: `${label}, against ${against}`,
            baseline: 'HyperFormula buildFromSheets + getSheetValues',
            size,
          },
          gapwise,
          build,
          { runs, warmup, collectEachRun: true },
        ),
      );
    }

    // One level changed, again and again: Gapwise re-analyses, HyperFormula recalculates.
    const analyzer = new TeamAnalyzer();
    let edited = data;
    analyzer.analyze(edited);
    // The workbook a spreadsheet user has open while editing: built once, untimed.
    const { hf } = hyperFormulaPeer(sheets);
    const column = input.skillIds.indexOf(EDITED_SKILL);
    let n = 0;
    let m = 0;
    const changeRuns = size >= 10_000 ? 21 : 41;
    const change = await samplePair(
      () => {
        edited = withOneChange(edited, (n += 1));
        return analyzer.analyze(edited);
      },
      () => {
        m += 1;
        setLevel(hf, m % size, column, m % 5);
      },
      { runs: changeRuns, warmup: GAPWISE_WARMUP },
    );
    // The sampler calls each side as often as its runs need (short calls are repeated within
    // a run), so the workbook holds its own number of edits: the same edits, made to the data.
    let sameEdits = data;
    for (let k = 1; k <= m; k += 1) sameEdits = withOneChange(sameEdits, k);
    checkPeer('HyperFormula after changes', readResults(hf), resultOfAnalysis(sameEdits, analyzeTeam(sameEdits)));
    hf.destroy();
    figures.push(
      figureOf({
        id: 'peer-hyperformula-change',
        label: "One level changed: HyperFormula's recalculation against Gapwise's re-analysis",
        baseline: 'HyperFormula setCellContents (recalculates the dependent cells)',
        size,
        ms: change.figure,
        baselineMs: change.baseline,
      }),
    );

    if (pandas !== null) {
      const pandasRuns = size >= 10_000 ? 9 : 21;
      const script = join(process.cwd(), 'bench', 'peers', 'pandas_peer.py');
      // Gapwise just before the pandas run: not in turns, since pandas times itself in Python.
      const gapwiseFull = await sample(full, { runs: pandasRuns, warmup: 2 });
      const gapwiseAlone = await sample(same, { runs: pandasRuns, warmup: 2 });
      const peer = await runPandasPeer(script, input, pandasRuns);
      checkPeer('pandas', peer.result, expected);
      const pandasLabel = `Coverage and fits in pandas ${peer.versions.pandas} (timed inside Python: no start-up, no file reading; Gapwise timed just before, not in turns)`;
      const baseline = `pandas on a DataFrame in memory (Python ${peer.versions.python}, numpy ${peer.versions.numpy})`;
      figures.push(
        figureOf({
          id: 'peer-pandas',
          label: `${pandasLabel}, against Gapwise's full analysis`,
          baseline,
          size,
          ms: gapwiseFull,
          baselineMs: peer.timing,
        }),
        figureOf({
          id: 'peer-pandas-same',
          label: `${pandasLabel}, against Gapwise computing only that`,
          baseline,
          size,
          ms: gapwiseAlone,
          baselineMs: peer.timing,
        }),
      );
    }
  }
  return figures;
}
