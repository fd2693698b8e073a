import { radarChartData, radarOptions } from '@renderer/charts/radar';
import type { ChartOptions } from 'chart.js';
import { useId, useMemo } from 'react';
import { Radar } from 'react-chartjs-2';
import type { Analysis } from '@shared/analysis/types';
import type { AppData } from '@shared/data';
import { ChartOrTable } from '@renderer/components/common/ChartOrTable';
import { DataTable } from '@renderer/components/common/DataTable';
import { useThemeColours } from '@renderer/hooks/useThemeColours';
import { localIsoDate } from '@shared/domain/staleness';
import { memberDetail, NOT_ASSESSED_TEXT, percent, type MemberRadar } from './member-detail';
import { MemberHistoryCard } from './MemberHistoryCard';
import { SelfVsManagerSection } from './SelfVsManagerSection';
import './member.css';

/**
 * One member at a glance: a radar against the best-fit role (and the other role), the fit to
 * every role, their own ratings beside the manager's, their levels over the rounds, the gaps to their own role, the engineering work they carry, and what to
 * upskill. Shows the stored member, as main last acknowledged it.
 */
export function MemberDetail({
  data,
  analysis,
  memberId,
  today = localIsoDate(new Date()),
}: {
  data: AppData;
  analysis: Analysis;
  memberId: string;
  /** Today's date (YYYY-MM-DD) where the user is, which the staleness is measured on; injectable for tests. */
  today?: string;
}) {
  const id = useId();
  const detail = useMemo(() => memberDetail(data, analysis, memberId, today), [data, analysis, memberId, today]);
  if (!detail) {
    return (
      <section className="member-detail" aria-label="Member detail">
        <p className="member-detail__empty">This member is no longer on the team.</p>
      </section>
    );
  }
  const { member, fits, engineering, gaps, upskilling, assessment } = detail;
  const levelName = (level: number) => data.framework.scale.levels[level]?.name ?? String(level);

  return (
    <section className="member-detail" aria-labelledby={`${id}-title`}>
      <header className="member-detail__header">
        <h2 id={`${id}-title`} className="member-detail__title">
          {member.name}
        </h2>
        <p className="member-detail__subtitle">
          {[member.title, detail.roleName, member.productTeam, `${member.fte} FTE`].filter(Boolean).join(' · ')}
        </p>
      </header>

      <section className="member-detail__section" aria-labelledby={`${id}-assessment`}>
        <h3 id={`${id}-assessment`} className="member-detail__section-title">
          Assessment
        </h3>
        <p className="member-detail__assessed" data-testid="assessed-on">
          {assessment.assessedOn === null ? 'No assessment date' : `Assessed on ${assessment.assessedOn}`}
          {assessment.age === 'stale' ? (
            <span className="badge badge--stale" data-testid="stale">
              stale: older than {assessment.staleAfterMonths} months
            </span>
          ) : null}
        </p>
        {assessment.notAssessed > 0 ? (
          <p className="member-detail__hint">
            {assessment.notAssessed} {assessment.notAssessed === 1 ? 'skill is' : 'skills are'} not assessed.
          </p>
        ) : null}
        {member.notes?.trim() ? (
          // React escapes the text; pre-wrap keeps the notes' own line breaks.
          <div className="member-detail__notes" data-testid="member-notes">
            <h4 className="member-detail__notes-title">Notes</h4>
            <p className="member-detail__notes-text">{member.notes}</p>
          </div>
        ) : null}
      </section>

      {/* Only a member who returned a form has one: the section's actions need the workspace. */}
      {data.selfAssessments.some((s) => s.memberId === member.id) ? (
        <SelfVsManagerSection data={data} memberId={member.id} today={today} />
      ) : null}

      <MemberRadarCard radar={detail.radar} name={member.name} />

      {/* With no closed round there is only today to show. */}
      {data.rounds.length > 0 ? <MemberHistoryCard data={data} memberId={member.id} /> : null}

      <section className="member-detail__section" aria-labelledby={`${id}-fit`}>
        <h3 id={`${id}-fit`} className="member-detail__section-title">
          Role fit
        </h3>
        <p
          className={`member-detail__fit-summary${detail.result.mismatch ? ' member-detail__fit-summary--mismatch' : ''}`}
          data-testid="fit-summary"
        >
          {detail.fitSummary}
        </p>
        <ul className="fit-list">
          {fits.map((f) => (
            <li
              key={f.roleId}
              className={`fit-list__item${f.best ? ' fit-list__item--best' : ''}`}
              data-role-id={f.roleId}
            >
              <span className="fit-list__role">
                {f.roleName}
                {f.best ? <span className="badge badge--best">best fit</span> : null}
                {f.own ? <span className="badge badge--own">employed as</span> : null}
              </span>
              <meter
                className="fit-list__meter"
                min={0}
                max={100}
                low={50}
                high={75}
                optimum={100}
                value={f.fit ?? 0}
                aria-label={`Fit to ${f.roleName}`}
              />
              <span className="fit-list__value" data-testid="fit-value">
                {percent(f.fit)}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className="member-detail__section" aria-labelledby={`${id}-gaps`}>
        <h3 id={`${id}-gaps`} className="member-detail__section-title">
          Gaps to the {detail.roleName} role
        </h3>
        {gaps.length === 0 ? (
          <p className="member-detail__hint">Reaches every {detail.roleName} target.</p>
        ) : (
          <DataTable
            caption={`Skills below the ${detail.roleName} target`}
            header={['Skill', 'Level', 'Target']}
            rows={gaps.map((g) => [g.name, g.level ?? NOT_ASSESSED_TEXT, g.target])}
            numeric={[1, 2]}
          />
        )}
      </section>

      <section className="member-detail__section" aria-labelledby={`${id}-eng`}>
        <h3 id={`${id}-eng`} className="member-detail__section-title">
          Engineering work carried
        </h3>
        <p className="member-detail__eng-figures">
          <span className="member-detail__figure" data-testid="engineering-percent">
            <strong
              className={engineering.overThreshold ? 'member-detail__over' : undefined}
            >{`${engineering.percent} %`}</strong>{' '}
            of their time
          </span>
          <span className="member-detail__figure">
            <strong>{engineering.fte}</strong> FTE
          </span>
          {engineering.scientist ? (
            <span
              className={`badge ${engineering.overThreshold ? 'badge--over' : 'badge--within'}`}
              data-testid="engineering-threshold"
            >
              {engineering.overThreshold ? 'Over' : 'Within'} the {engineering.threshold} % threshold
            </span>
          ) : null}
        </p>
        <p className="member-detail__hint">{engineering.summary}</p>
        {engineering.responsibilities.length > 0 ? (
          <ul className="member-detail__list" aria-label="Engineering responsibilities">
            {engineering.responsibilities.map((r) => (
              <li key={r.skillId} className="member-detail__list-row">
                <span>{r.name}</span>
                <span className="member-detail__num">{`${r.percent} %`}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section className="member-detail__section" aria-labelledby={`${id}-up`}>
        <h3 id={`${id}-up`} className="member-detail__section-title">
          Upskilling suggestions
        </h3>
        {upskilling.length === 0 ? (
          <p className="member-detail__hint">No skill where one more level would close a team gap or a role target.</p>
        ) : (
          <ul className="upskill-list">
            {upskilling.map((u) => (
              <li key={u.skillId} className="upskill-list__item" data-skill-id={u.skillId}>
                <span className="upskill-list__skill">
                  {u.name}{' '}
                  <span className="upskill-list__levels">
                    {u.level} → {u.target} ({levelName(u.target)})
                  </span>
                  {u.inPlan ? <span className="badge badge--plan">in the hiring plan</span> : null}
                </span>
                {u.reasons.map((reason) => (
                  <span key={reason} className="upskill-list__reason">
                    {reason}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

function MemberRadarCard({ radar, name }: { radar: MemberRadar; name: string }) {
  const theme = useThemeColours();
  // Best-fit role's targets in long dashes, the other role's in short ones.
  const chartData = useMemo(
    () =>
      radarChartData(radar, [
        [6, 3],
        [2, 3],
      ]),
    [radar],
  );
  const options = useMemo<ChartOptions<'radar'>>(() => radarOptions(radar.max, theme), [radar.max, theme]);
  return (
    <ChartOrTable
      title="Skills against the role targets"
      description={
        radar.byArea
          ? `${name}'s average level in each area of the framework against the best-fit role's average target and the other role's.`
          : `${name}'s levels against the best-fit role's targets and the other role's.`
      }
      chart={
        <div className="member-detail__chart">
          <Radar data={chartData} options={options} role="img" aria-label={radar.summary} />
        </div>
      }
      table={
        <DataTable
          caption={`${name}'s levels and the role targets per skill`}
          header={radar.table.header}
          rows={radar.table.rows}
          numeric={radar.table.numeric}
        />
      }
    />
  );
}
