import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialData, type AppData } from '@shared/data';
import { TeamFile, type Member } from '@shared/domain';
import { DataReceiver, DataSender, membersSplice, type DataMessage } from '@shared/ipc/data-sync';
import { builtinFramework, sampleTeam } from '../support/fixtures';

/*
 * Main sends the data whole once and then as changes; the page rebuilds it. Whatever main
 * does to its (immutable) data, the page must end up with equal data, and keep the very
 * objects main did not replace — that is what lets it re-analyse only what changed.
 */

const start = (): AppData => initialData(TeamFile.parse(sampleTeam()), builtinFramework());

const newMember = (serial: number): Member => ({
  id: `new-${serial}`,
  name: `New ${serial}`,
  role: 'data-engineer',
  productTeam: '',
  fte: 1,
  levels: { 'data-pipelines': serial % 5 },
  allocation: {},
});

type Step =
  | { kind: 'edit'; at: number }
  | { kind: 'add'; at: number }
  | { kind: 'remove'; at: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'replace-all' }
  | { kind: 'settings' }
  | { kind: 'organisation' }
  | { kind: 'nothing' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.constant({ kind: 'replace-all' as const }),
  fc.constant({ kind: 'settings' as const }),
  fc.constant({ kind: 'organisation' as const }),
  fc.constant({ kind: 'nothing' as const }),
);

function apply(data: AppData, s: Step, serial: number): AppData {
  const members = data.members.slice();
  const n = members.length;
  switch (s.kind) {
    case 'edit':
      if (n === 0) return data;
      members[s.at % n] = { ...members[s.at % n]!, name: `Edited ${serial}` };
      return { ...data, members };
    case 'add':
      members.splice(s.at % (n + 1), 0, newMember(serial));
      return { ...data, members };
    case 'remove':
      if (n === 0) return data;
      members.splice(s.at % n, 1);
      return { ...data, members };
    case 'swap':
      if (n === 0) return data;
      [members[s.a % n], members[s.b % n]] = [members[s.b % n]!, members[s.a % n]!];
      return { ...data, members };
    case 'replace-all':
      return { ...data, members: members.map((m) => ({ ...m })) };
    case 'settings':
      return { ...data, settings: { theme: data.settings.theme === 'dark' ? 'light' : 'dark' } };
    case 'organisation':
      return { ...data, organisation: { ...data.organisation, name: `Org ${serial}` } };
    case 'nothing':
      return { ...data };
  }
}

/** What crosses Electron's IPC: a structured clone. */
const overTheWire = (message: DataMessage): DataMessage => structuredClone(message);

describe('data sync between main and the page', () => {
  it('rebuilds equal data after any sequence of changes, keeping the objects main kept', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const sender = new DataSender();
        const receiver = new DataReceiver();
        let main = start();
        let page = receiver.read(overTheWire(sender.message(main)))!;
        expect(page).toEqual(main);
        steps.forEach((s, serial) => {
          const before = main;
          const held = page;
          main = apply(main, s, serial);
          page = receiver.read(overTheWire(sender.message(main)))!;
          expect(page).toEqual(main);
          // The members outside the run main replaced are, on the page, the objects it had.
          const splice = membersSplice(before.members, main.members);
          const kept = splice ? splice.start : main.members.length;
          const keptAtEnd = splice ? before.members.length - splice.start - splice.deleteCount : 0;
          for (let i = 0; i < kept; i++) expect(page.members[i]).toBe(held.members[i]);
          for (let k = 1; k <= keptAtEnd; k++) {
            expect(page.members[page.members.length - k]).toBe(held.members[held.members.length - k]);
          }
          if (main.framework === before.framework) expect(page.framework).toBe(held.framework);
          if (main.scenarios === before.scenarios) expect(page.scenarios).toBe(held.scenarios);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('sends one edited member of 1,000 as that member alone', () => {
    const sender = new DataSender();
    const receiver = new DataReceiver();
    const base = start();
    const members = Array.from({ length: 1000 }, (_, i) => ({
      ...base.members[i % base.members.length]!,
      id: `m${i}`,
    }));
    const main = { ...base, members };
    const whole = sender.message(main);
    const held = receiver.read(whole)!;
    const edited = members.slice();
    edited[500] = { ...members[500]!, name: 'Edited' };
    const change = sender.message({ ...main, members: edited });
    expect(change).toMatchObject({
      gapwiseData: 'change',
      base: whole.revision,
      fields: {},
      members: { start: 500, deleteCount: 1, insert: [edited[500]] },
    });
    expect(JSON.stringify(change).length).toBeLessThan(JSON.stringify(whole).length / 500);
    const page = receiver.read(overTheWire(change))!;
    expect(page.members[500]!.name).toBe('Edited');
    expect(page.members[499]).toBe(held.members[499]);
    expect(page.members[501]).toBe(held.members[501]);
  });

  it('refuses a change to a revision the page does not hold, and starts over from whole data', () => {
    const sender = new DataSender();
    const receiver = new DataReceiver();
    const main = start();
    receiver.read(sender.message(main));
    const lost = sender.message({ ...main, settings: { theme: 'dark' } });
    const next = sender.message({ ...main, settings: { theme: 'light' } });
    expect(lost.gapwiseData).toBe('change');
    // The page never got `lost`: `next` does not apply to what it holds.
    expect(receiver.read(next)).toBeNull();
    // A page that has nothing yet cannot apply a change either.
    expect(new DataReceiver().read(next)).toBeNull();
    const again = sender.message(main, true);
    expect(again.gapwiseData).toBe('whole');
    expect(receiver.read(again)).toEqual(main);
    expect(receiver.read(sender.message({ ...main, sample: !main.sample }))).toEqual({ ...main, sample: !main.sample });
  });

  it('finds the changed run of members by identity', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => ({ ...newMember(0), id }));
    expect(membersSplice([a!, b!, c!], [a!, b!, c!])).toBeNull();
    expect(membersSplice([a!, b!, c!], [a!, d!, c!])).toEqual({ start: 1, deleteCount: 1, insert: [d] });
    expect(membersSplice([a!, b!, c!], [a!, c!])).toEqual({ start: 1, deleteCount: 1, insert: [] });
    expect(membersSplice([a!, c!], [a!, b!, c!])).toEqual({ start: 1, deleteCount: 0, insert: [b] });
    expect(membersSplice([a!, b!], [b!, a!])).toEqual({ start: 0, deleteCount: 2, insert: [b, a] });
    expect(membersSplice([], [a!])).toEqual({ start: 0, deleteCount: 0, insert: [a] });
    // Repeated objects: the shared start and end must not overlap.
    expect(membersSplice([a!, a!], [a!])).toEqual({ start: 1, deleteCount: 1, insert: [] });
  });
});
