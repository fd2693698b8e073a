import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { localIsoDate } from '../shared/domain/staleness';
import { quoteCell } from '../shared/interchange/quote';
import { comparisonToCsv, comparisonToJson, comparisonToMarkdown } from '../shared/reports/rounds';
import { compareRounds } from '../shared/rounds/compare';
import { decodeRoundFile } from '../shared/rounds/decode-round-file';
import { closedRoundView, openRoundView, type RoundView } from '../shared/rounds/round-view';
import type { RoundEntry, RoundSnapshot } from '../shared/rounds/schema';
import { TODAY } from '../shared/rounds/types';
import { readBytesFile, UserError, writeFileAtomic } from './files';

import { STDIN } from './input';
import type { CliIo, TerminalOutput } from './output';
import { loadAppData } from './subject';

/*
 * `gapwise rounds` and `gapwise diff`: the closed assessment rounds of the app's data file,
 * and what changed between two of them (or a round and today). A round's team is in its own
 * file, `rounds/<id>.json` beside the data file, read as the app reads it (decodeRoundFile:
 * size and digest against the data file's entry, then the schema).
 */

type Values = Record<string, string | boolean | undefined>;

export const DIFF_FORMATS = ['md', 'json', 'csv'] as const;

/** The app's data file the command reads; other files have no rounds. */
async function dataFile(command: string, positionals: string[], values: Values, io: CliIo, output: TerminalOutput) {
  const file = positionals[0];
  if (file === undefined)
    throw new UserError(`${command}: name the app's data file, e.g. gapwise ${command} gapwise-data.json`);
  if (positionals.length > 1) throw new UserError(`${command}: unexpected argument ${quoteCell(positionals[1]!)}`);
  for (const option of ['framework', 'map', 'kind', 'strict'] as const) {
    if (values[option] !== undefined)
      throw new UserError(`--${option} applies to analyze and validate, not ${command}`);
  }
  const subject = await loadAppData(
    file,
    io,
    output.err,
    (name) => `${name}: ${command} needs the app's data file (kind "gapwise-data"): only it lists rounds`,
  );
  return { file, data: subject.data, snapshots: subject.roundSnapshots };
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length));

/** `gapwise rounds <data-file>`: the closed rounds, oldest first, and the open round. */
export async function listRounds(
  positionals: string[],
  values: Values,
  io: CliIo,
  output: TerminalOutput,
): Promise<number> {
  const { data } = await dataFile('rounds', positionals, values, io, output);
  if (data.rounds.length === 0) {
    output.out('No closed rounds yet: close one in the app (Rounds → Close round).\n');
  } else {
    const header = ['Round', 'Date', 'Members', 'Framework', 'Id'];
    const rows = data.rounds.map((r) => [r.name, r.date, String(r.members), r.frameworkVersion, r.id]);
    const widths = header.map((h, c) => Math.max([...h].length, ...rows.map((row) => [...row[c]!].length)));
    const line = (cells: string[]) =>
      `${cells.map((cell, c) => (c === cells.length - 1 ? cell : pad(cell, widths[c]!))).join('  ')}\n`;
    output.out(line(header));
    for (const row of rows) output.out(line(row));
  }
  output.out(`Open round (today): ${data.members.length} members, framework ${data.framework.version}\n`);
  return 0;
}

/**
 * The round a --from or --to names: "today", a round id, or a round's name (any case). A
 * name two rounds share is refused with their ids, and an unknown one with the rounds there are.
 */
export function findRound(rounds: readonly RoundEntry[], wanted: string, option: string): RoundEntry | typeof TODAY {
  const byId = rounds.find((r) => r.id === wanted);
  if (byId) return byId;
  if (wanted.toLowerCase() === TODAY) return TODAY;
  const key = wanted.toLocaleLowerCase('en');
  const named = rounds.filter((r) => r.name.toLocaleLowerCase('en') === key);
  if (named.length === 1) return named[0]!;
  if (named.length > 1) {
    throw new UserError(
      `${option} ${quoteCell(wanted)}: ${named.length} rounds have that name; give the id: ${named.map((r) => r.id).join(', ')}`,
    );
  }
  const known = rounds.map((r) => `${quoteCell(r.name)} (${r.id})`).join(', ');
  throw new UserError(
    `${option} ${quoteCell(wanted)}: no round has that id or name` +
      (known ? `; the rounds are ${known}, and today` : '; there are no closed rounds, only today'),
  );
}

/** A closed round's team from its file beside the data file; a missing or damaged file is named. */
function loadRound(dataPath: string, entry: RoundEntry, saved: ReadonlyMap<string, RoundSnapshot>): RoundView {
  const what = `round ${quoteCell(entry.name)}`;
  // A "Save all data" file carries each round's team itself (checked when it was read).
  const kept = saved.get(entry.id);
  if (kept) return closedRoundView(kept, entry);
  const path = join(dirname(dataPath), 'rounds', `${entry.id}.json`);
  if (!existsSync(path)) throw new UserError(`${path}: the file of ${what} is missing`);
  const bytes = readBytesFile(path);
  const decoded = decodeRoundFile(bytes, entry);
  if (!decoded.ok) throw new UserError(`${path}: the file of ${what} is damaged: ${decoded.message}`);
  return closedRoundView(decoded.round, entry);
}

/** The last closed round: the one closed most recently. */
const lastClosed = (rounds: readonly RoundEntry[]): RoundEntry | undefined =>
  rounds.reduce<RoundEntry | undefined>(
    (last, r) => (last === undefined || r.closedAt >= last.closedAt ? r : last),
    undefined,
  );

/** `gapwise diff <data-file> --from <round> --to <round|today>`: what changed, as md, json or csv. */
export async function diff(positionals: string[], values: Values, io: CliIo, output: TerminalOutput): Promise<number> {
  const format = (values.format ?? 'md') as string;
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) {
    throw new UserError(`--format must be one of ${DIFF_FORMATS.join(', ')} for diff (got ${quoteCell(format)})`);
  }
  const { file, data, snapshots } = await dataFile('diff', positionals, values, io, output);
  const fromName = values.from as string | undefined;
  const toName = (values.to as string | undefined) ?? TODAY;
  const from = fromName === undefined ? lastClosed(data.rounds) : findRound(data.rounds, fromName, '--from');
  if (from === undefined) {
    throw new UserError(
      `${file}: no closed rounds to compare with: close a round in the app first, or give --from and --to`,
    );
  }
  const to = findRound(data.rounds, toName, '--to');
  // A "Save all data" file carries the rounds' teams; a data file needs the folder beside it.
  const needsFiles = (from !== TODAY || to !== TODAY) && snapshots.size === 0;
  if (needsFiles && file === STDIN) {
    throw new UserError('diff reads the round files beside the data file: name the data file, not standard input');
  }
  const today = localIsoDate(io.now?.() ?? new Date());
  const view = (ref: RoundEntry | typeof TODAY): RoundView =>
    ref === TODAY ? openRoundView(data, today) : loadRound(file, ref, snapshots);
  const later = view(to);
  const comparison = compareRounds(view(from), later);
  // Role names as the later round's framework gives them.
  const framework = later.framework;
  const text =
    format === 'json'
      ? comparisonToJson(comparison)
      : format === 'csv'
        ? comparisonToCsv(comparison, framework)
        : comparisonToMarkdown(comparison, framework);
  const out = values.out as string | undefined;
  if (out !== undefined) {
    writeFileAtomic(out, text);
    output.err(`gapwise: wrote ${out}\n`);
  } else output.document(text, format === 'json' ? 'json' : 'text');
  return 0;
}
