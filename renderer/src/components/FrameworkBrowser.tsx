import { useMemo } from 'react';
import type { Framework } from '@shared/domain';
import { areaAnchor, groupSkills, roleTargetSections } from '../framework/view-model';
import { RoleTargetsTable } from './RoleTargetsTable';
import { ScaleLegend } from './ScaleLegend';
import { Aliases, ExternalSourceNote, SkillCard } from './SkillCard';
import './FrameworkBrowser.css';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The built-in framework, read-only: skills by area and kind, role targets, and the scale. */
export function FrameworkBrowser({ framework }: { framework: Framework }) {
  const areas = useMemo(() => groupSkills(framework), [framework]);
  const targetSections = useMemo(() => roleTargetSections(framework), [framework]);
  const skillTotal = areas.reduce((n, area) => n + area.skillCount, 0);

  return (
    <div className="browser">
      <nav className="toc" aria-label="On this page">
        <p className="toc__title">On this page</p>
        <ul className="toc__list">
          {areas.map((area) => (
            <li key={area.area}>
              <a href={`#${areaAnchor(area.area)}`}>
                {area.label}
                <span className="toc__count">{area.skillCount}</span>
              </a>
            </li>
          ))}
          <li>
            <a href="#role-targets">Role targets</a>
          </li>
          <li>
            <a href="#proficiency-scale">Proficiency scale</a>
          </li>
        </ul>
      </nav>

      <div className="browser__content">
        <header className="intro">
          <p className="eyebrow">{framework.id === 'ds-vs-de' ? 'Built-in framework' : 'Framework'}</p>
          <h1 className="intro__title">{framework.name}</h1>
          <p className="intro__meta">
            Version {framework.version}
            {framework.source ? (
              <>
                {' · From '}
                <cite>{framework.source.title}</cite>
                {framework.source.author ? ` by ${framework.source.author}` : null}
              </>
            ) : null}
          </p>
          {framework.description ? <p className="intro__description">{framework.description}</p> : null}
          <ul className="stats" aria-label="Framework size">
            <li>{plural(skillTotal, 'skill')}</li>
            <li>{plural(framework.roles.length, 'role profile')}</li>
            <li>{plural(framework.scale.levels.length, 'proficiency level')}</li>
          </ul>
        </header>

        {areas.map((area) => (
          <section
            key={area.area}
            id={areaAnchor(area.area)}
            className="area"
            aria-labelledby={`${areaAnchor(area.area)}-title`}
          >
            <h2 id={`${areaAnchor(area.area)}-title`} className="area__title">
              {area.label}
            </h2>
            {area.kinds.map((kind) => {
              const kindId = `${areaAnchor(area.area)}-${kind.kind}`;
              return (
                <section key={kind.kind} className="kind" aria-labelledby={kindId}>
                  <h3 id={kindId} className="kind__title">
                    {kind.label}
                  </h3>
                  <div className="kind__list">
                    {kind.entries.map((entry) => (
                      <SkillCard key={entry.skill.id} entry={entry} />
                    ))}
                  </div>
                </section>
              );
            })}
          </section>
        ))}

        <section id="role-targets" className="area" aria-labelledby="role-targets-title">
          <h2 id="role-targets-title" className="area__title">
            Role targets
          </h2>
          <dl className="roles">
            {framework.roles.map((role) => (
              <div key={role.id} className="roles__item">
                <dt>{role.name}</dt>
                <dd>
                  {role.description}
                  <Aliases label="Job titles" aliases={role.aliases} />
                  {role.externalSource ? <ExternalSourceNote source={role.externalSource} /> : null}
                </dd>
              </div>
            ))}
          </dl>
          <RoleTargetsTable framework={framework} sections={targetSections} />
        </section>

        <section id="proficiency-scale" className="area" aria-labelledby="proficiency-scale-title">
          <h2 id="proficiency-scale-title" className="area__title">
            Proficiency scale
          </h2>
          <ScaleLegend scale={framework.scale} />
        </section>
      </div>
    </div>
  );
}
