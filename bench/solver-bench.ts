import { solveMinCover, type CoverConstraint } from '../shared/analysis';
import { round } from './measure';
import { rng } from './synthetic';

/*
 * The hiring plan's integer program (HiGHS) at the schema's limits: 50 roles × 500 skills,
 * random targets, required levels and gaps, plus an engineering-load row over the
 * engineering roles. Two shapes: "dense" (every role targets most skills, so many roles can
 * close each gap) and "sparse" (each role targets a few skills: a harder cover). Each
 * instance is solved several times; the figures are the median and the slowest solve, model
 * text and parse included (what an analysis pays).
 */

export interface SolverFigure {
  shape: string;
  roles: number;
  skills: number;
  instances: number;
  runsPerInstance: number;
  /** Median solve over all runs of all instances, ms. */
  medianMs: number;
  /** Slowest single solve, ms. */
  slowestMs: number;
  /** Hires of the plans (fewest per instance), smallest and largest. */
  hires: [number, number];
}

const ROLES = 50;
const SKILLS = 500;
const INSTANCES = 5;
const RUNS = 5;

function instance(seed: number, targetedShare: number): CoverConstraint[] {
  const random = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const targets = Array.from({ length: ROLES }, () =>
    Array.from({ length: SKILLS }, () => (random() < targetedShare ? int(1, 4) : 0)),
  );
  const constraints: CoverConstraint[] = [];
  for (let s = 0; s < SKILLS; s++) {
    const required = int(1, 4);
    const roles = targets.flatMap((t, r) => (t[s]! >= required ? [r] : []));
    // A gap of 1–3 people (coverage policies of up to three); skills no role closes are residual.
    if (roles.length > 0) constraints.push({ roles, demand: int(1, 3) });
  }
  const engineering = Array.from({ length: ROLES }, (_, r) => r).filter((r) => r % 5 === 0);
  constraints.push({ roles: engineering, demand: int(0, 20) });
  return constraints;
}

export function solverBench(log: (line: string) => void): SolverFigure[] {
  const figures: SolverFigure[] = [];
  for (const [shape, share] of [
    ['dense', 0.8],
    ['sparse', 0.05],
  ] as const) {
    const times: number[] = [];
    let fewest = Number.POSITIVE_INFINITY;
    let most = 0;
    for (let i = 0; i < INSTANCES; i++) {
      const constraints = instance(1000 * (i + 1) + (shape === 'dense' ? 1 : 2), share);
      solveMinCover(ROLES, constraints); // warm-up
      for (let run = 0; run < RUNS; run++) {
        const start = performance.now();
        const { total } = solveMinCover(ROLES, constraints);
        times.push(performance.now() - start);
        fewest = Math.min(fewest, total);
        most = Math.max(most, total);
      }
    }
    times.sort((a, b) => a - b);
    const figure: SolverFigure = {
      shape,
      roles: ROLES,
      skills: SKILLS,
      instances: INSTANCES,
      runsPerInstance: RUNS,
      medianMs: round(times[Math.floor(times.length / 2)]!),
      slowestMs: round(times[times.length - 1]!),
      hires: [fewest, most],
    };
    log(
      `solver ${shape}: ${ROLES} roles × ${SKILLS} skills, median ${figure.medianMs} ms, slowest ${figure.slowestMs} ms (${figure.hires[0]}–${figure.hires[1]} hires)`,
    );
    figures.push(figure);
  }
  return figures;
}
