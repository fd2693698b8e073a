import type { AppData } from '@shared/data';
import { slugify } from '@shared/domain';
import { compareRounds } from '@shared/rounds/compare';
import { memberHistory } from '@shared/rounds/member-history';
import { closedRoundView, openRoundView, type RoundView } from '@shared/rounds/round-view';
import type { PastFramework } from '@shared/rounds/trends-table';
import { TODAY, type RoundRef } from '@shared/rounds/types';
import type { RoundFiles } from '../store';
import type { Handlers } from './dispatcher';
import { HandlerError } from './errors';
import type { HandlerDeps } from './handlers';
import { RoundHistoryIndex } from './round-history-index';
import { renderComparison, renderTrends, rolesOf, ROUND_EXPORT_FILTERS } from './round-export';
import { entryOf, snapshotOf, todayOf } from './round-refs';

type AnalysisChannels = 'round:memberHistory' | 'rounds:compare' | 'rounds:exportTrends' | 'rounds:exportComparison';

/** The round a request names, as the comparison reads it; `field` names the request's field. */
async function viewOf(
  rounds: RoundFiles,
  data: AppData,
  ref: RoundRef,
  today: string,
  field: string,
): Promise<RoundView> {
  if (ref === TODAY) return openRoundView(data, today);
  const entry = entryOf(data, ref, field);
  return closedRoundView(await snapshotOf(rounds, entry, field), entry);
}

/**
 * What the rounds say together: a member's history, a comparison of two rounds, and the
 * trends and comparison as files. Round files are read through the store's cache, so asking
 * again costs nothing but the analysis.
 */
export function createRoundAnalysisHandlers(
  deps: HandlerDeps,
  writeChosenFile: (file: string, data: string | Uint8Array) => Promise<void>,
): Pick<Handlers, AnalysisChannels> {
  const { store } = deps;
  const rounds = store.rounds;
  const history = new RoundHistoryIndex();

  /** Every closed round, oldest first, then today, as views of one member: a damaged round stops the answer, named. */
  const historyViews = async (data: AppData, memberId: string): Promise<RoundView[]> => {
    history.keepOnly(data.rounds);
    const views: RoundView[] = [];
    for (const [i, entry] of data.rounds.entries()) {
      if (!history.has(entry)) history.add(await snapshotOf(rounds, entry, `rounds.${i}`), entry);
      views.push(history.viewFor(entry, memberId));
    }
    views.push(openRoundView(data, todayOf(deps.now)));
    return views;
  };

  const compare = async (from: RoundRef, to: RoundRef) => {
    const data = store.data();
    const today = todayOf(deps.now);
    const views = {
      from: await viewOf(rounds, data, from, today, 'from'),
      to: await viewOf(rounds, data, to, today, 'to'),
    };
    return {
      comparison: compareRounds(views.from, views.to),
      roles: rolesOf(views.from.framework, views.to.framework),
    };
  };

  /**
   * The frameworks of the rounds whose files can be read, to name skills retired since. The
   * trends themselves come from the entries, so a damaged round still has its column; its
   * skills retired since then go by their ids.
   */
  const pastFrameworks = async (data: AppData): Promise<PastFramework[]> => {
    const frameworks: PastFramework[] = [];
    for (const entry of data.rounds) {
      const round = await rounds.read(entry).catch(() => undefined);
      if (round) frameworks.push(round.framework);
    }
    return frameworks;
  };

  return {
    'round:memberHistory': async ({ memberId }) => {
      const data = store.data();
      const views = await historyViews(data, memberId);
      if (!views.some((v) => v.members.some((m) => m.id === memberId))) {
        throw new HandlerError('not-found', `no member has the id "${memberId}" today or in any round`, 'memberId');
      }
      return memberHistory(memberId, views, data.framework);
    },

    'rounds:compare': async ({ from, to }) => (await compare(from, to)).comparison,

    'rounds:exportTrends': async ({ format }) => {
      const data = store.data();
      const today = todayOf(deps.now);
      const slug = slugify(data.organisation.name, '');
      const file = await deps.chooseFileToSave({
        title: 'Export the trends over rounds',
        defaultName: `gapwise-trends${slug ? `-${slug}` : ''}-${today}.${format}`,
        filters: [ROUND_EXPORT_FILTERS[format]],
      });
      if (file === null) return null;
      // Rendered before anything is written: a failure leaves no half-made file.
      await writeChosenFile(file, await renderTrends(data, today, format, await pastFrameworks(data)));
      return { file };
    },

    'rounds:exportComparison': async ({ from, to, format }) => {
      const { comparison, roles } = await compare(from, to);
      const name = (ref: RoundRef) => (ref === TODAY ? 'today' : ref);
      const file = await deps.chooseFileToSave({
        title: 'Export what changed',
        defaultName: `gapwise-changes-${name(from)}-to-${name(to)}.${format}`,
        filters: [ROUND_EXPORT_FILTERS[format]],
      });
      if (file === null) return null;
      await writeChosenFile(file, await renderComparison(comparison, format, roles));
      return { file };
    },
  };
}
