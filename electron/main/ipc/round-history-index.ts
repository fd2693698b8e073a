import type { Member } from '@shared/domain';
import { closedRoundView, type RoundView } from '@shared/rounds/round-view';
import type { RoundEntry, RoundSnapshot, SelfAssessment } from '@shared/rounds/schema';

/*
 * What a member's history reads of each closed round, kept compact: decoding a round of a
 * large team takes over a second and its members tens of megabytes, and a history reads every
 * round. Per round this keeps each member's name, role, product team, assessed-on date and
 * levels as one byte per skill (a few megabytes at 10,000 members), so asking again about any
 * member costs no file read.
 */

/** A level byte meaning "not assessed" (levels are 0–10). */
const ABSENT = 255;

interface CompactMember {
  name: string;
  role: string;
  productTeam: string;
  assessedOn: string | undefined;
  levels: Uint8Array;
}

interface CompactRound {
  sha256: string;
  /** The round as a view without its members (they are in `members`). */
  view: RoundView;
  skillIds: string[];
  members: Map<string, CompactMember>;
  forms: Map<string, SelfAssessment>;
}

function compact(round: RoundSnapshot, entry: RoundEntry): CompactRound {
  const skillIds = round.framework.skills.map((s) => s.id);
  const column = new Map(skillIds.map((id, i) => [id, i]));
  const members = new Map<string, CompactMember>();
  for (const member of round.members) {
    const levels = new Uint8Array(skillIds.length).fill(ABSENT);
    for (const [skillId, level] of Object.entries(member.levels)) {
      // A round file's levels are checked against its own framework: every skill has a column.
      const i = column.get(skillId);
      if (i !== undefined) levels[i] = level;
    }
    members.set(member.id, {
      name: member.name,
      role: member.role,
      productTeam: member.productTeam,
      assessedOn: member.assessedOn,
      levels,
    });
  }
  return {
    sha256: entry.sha256,
    view: { ...closedRoundView(round, entry), members: [], selfAssessments: [] },
    skillIds,
    members,
    forms: new Map(round.selfAssessments.map((f) => [f.memberId, f])),
  };
}

/** The member as the history reads it (the fields it does not read are left empty). */
function expand(id: string, m: CompactMember, skillIds: readonly string[]): Member {
  const levels: Record<string, number> = {};
  m.levels.forEach((level, i) => {
    if (level !== ABSENT) levels[skillIds[i]!] = level;
  });
  return {
    id,
    name: m.name,
    role: m.role,
    productTeam: m.productTeam,
    fte: 1,
    levels,
    allocation: {},
    ...(m.assessedOn !== undefined ? { assessedOn: m.assessedOn } : {}),
  };
}

export class RoundHistoryIndex {
  private readonly rounds = new Map<string, CompactRound>();

  /** Whether the round (this content of it) is indexed already. */
  has(entry: RoundEntry): boolean {
    return this.rounds.get(entry.id)?.sha256 === entry.sha256;
  }

  add(round: RoundSnapshot, entry: RoundEntry): void {
    this.rounds.set(entry.id, compact(round, entry));
  }

  /** Drops the rounds no longer listed. */
  keepOnly(entries: readonly RoundEntry[]): void {
    const listed = new Set(entries.map((e) => e.id));
    for (const id of this.rounds.keys()) if (!listed.has(id)) this.rounds.delete(id);
  }

  /**
   * The round as a view holding only `memberId` (and their form): what memberHistory reads.
   * The label comes from the entry, so a renamed round shows its new name.
   */
  viewFor(entry: RoundEntry, memberId: string): RoundView {
    const round = this.rounds.get(entry.id);
    if (!round || round.sha256 !== entry.sha256) throw new Error(`the round "${entry.id}" is not indexed`);
    const member = round.members.get(memberId);
    const form = round.forms.get(memberId);
    return {
      ...round.view,
      label: { ref: entry.id, name: entry.name, date: entry.date },
      members: member ? [expand(memberId, member, round.skillIds)] : [],
      selfAssessments: form ? [form] : [],
    };
  }
}
