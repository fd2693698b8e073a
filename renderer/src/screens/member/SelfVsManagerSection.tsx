import { useId, useMemo } from 'react';
import type { AppData } from '@shared/data';
import type { SelfDecision } from '@shared/rounds/schema';
import { Button } from '@renderer/components/common/Button';
import { OperationErrors } from '@renderer/components/workspace/OperationErrors';
import { usePending, useRequest } from '@renderer/state/hooks';
import { FLAG_DIFFERENCE, ratingText, selfVsManager } from './self-vs-manager';

const DECISION_TEXT: Record<SelfDecision, string> = {
  accepted: 'accepted',
  overridden: 'kept the manager’s',
};

/**
 * The member's own ratings beside the manager's levels, with differences of two levels or
 * more flagged. Accept makes the self rating the manager's level; Keep mine records that the
 * manager's stays. Shown only when the member returned a form.
 */
export function SelfVsManagerSection({ data, memberId, today }: { data: AppData; memberId: string; today: string }) {
  const id = useId();
  const request = useRequest();
  const busy = usePending('selfAssessment:decide');
  const view = useMemo(() => selfVsManager(data, memberId, today), [data, memberId, today]);
  if (!view) return null;

  const decide = (skillId: string, decision: SelfDecision) =>
    void request(
      'selfAssessment:decide',
      { memberId, skillId, decision },
      { title: decision === 'accepted' ? 'The self rating was not accepted' : 'The decision was not saved' },
    );

  return (
    <section className="member-detail__section self-vs-manager" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="member-detail__section-title">
        Self-assessment vs manager
      </h3>
      <p className="member-detail__assessed" data-testid="self-received">
        Form returned on {view.receivedOn}
        {view.age === 'stale' ? (
          <span className="badge badge--stale" data-testid="self-stale">
            stale: older than {view.staleAfterMonths} months
          </span>
        ) : null}
      </p>
      <p className="member-detail__hint">
        {view.flagged === 0
          ? `No skill differs by ${FLAG_DIFFERENCE} levels or more.`
          : `${view.flagged} ${view.flagged === 1 ? 'skill differs' : 'skills differ'} by ${FLAG_DIFFERENCE} levels or more: worth a conversation.`}{' '}
        The manager&apos;s level is the one the analysis uses.
      </p>
      {view.note ? <p className="member-detail__notes-text self-vs-manager__note">{view.note}</p> : null}
      <OperationErrors channels={['selfAssessment:decide']} />
      <div className="table-scroll" role="region" aria-label="Self rating and manager's level per skill" tabIndex={0}>
        <table className="data-table">
          <caption className="visually-hidden">Self rating and manager&apos;s level per skill</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Manager</th>
              <th scope="col">Self</th>
              <th scope="col" className="num">
                Difference
              </th>
              <th scope="col">Decision</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr
                key={row.skillId}
                data-skill-id={row.skillId}
                className={row.flagged ? 'self-vs-manager__row--flagged' : undefined}
              >
                <th scope="row">
                  {row.name}
                  {row.note ? <span className="self-vs-manager__skill-note">{row.note}</span> : null}
                </th>
                <td>{ratingText(data, row.manager)}</td>
                <td>{ratingText(data, row.self)}</td>
                <td className="num" data-testid="difference">
                  {row.difference === null ? '—' : row.difference > 0 ? `+${row.difference}` : String(row.difference)}
                  {/* The space keeps "-2" and "2 apart" two words when read aloud or copied. */}
                  {row.flagged ? ' ' : null}
                  {row.flagged ? (
                    <span className="badge badge--over self-vs-manager__flag" data-testid="flagged">
                      {Math.abs(row.difference!)} apart
                    </span>
                  ) : null}
                </td>
                <td>
                  {/* A flex box inside the cell: a flex cell would leave the table's layout. */}
                  <div className="self-vs-manager__decision">
                    {row.decision ? (
                      <span className="self-vs-manager__decided" data-testid="decision">
                        {DECISION_TEXT[row.decision]}
                      </span>
                    ) : null}
                    {row.decidable ? (
                      <span className="self-vs-manager__buttons">
                        <Button
                          aria-label={`Accept the self rating of ${row.name}`}
                          disabled={busy}
                          onClick={() => decide(row.skillId, 'accepted')}
                        >
                          Accept
                        </Button>
                        {row.decision === 'overridden' ? null : (
                          <Button
                            variant="quiet"
                            aria-label={`Keep the manager's level of ${row.name}`}
                            disabled={busy}
                            onClick={() => decide(row.skillId, 'overridden')}
                          >
                            Keep mine
                          </Button>
                        )}
                      </span>
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
