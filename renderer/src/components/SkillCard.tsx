import type { ExternalSource, Skill, SourceRef } from '@shared/domain';
import type { SkillEntry } from '../framework/view-model';
import './SkillCard.css';

export function SourceQuote({ source, lead }: { source: SourceRef; lead?: string }) {
  return (
    <figure className="source">
      {lead ? <p className="source__lead">{lead}</p> : null}
      <blockquote className="source__quote">
        <p>{source.quote}</p>
      </blockquote>
      {source.section ? (
        <figcaption className="source__caption">Article, section “{source.section}”</figcaption>
      ) : (
        <figcaption className="source__caption">From the article</figcaption>
      )}
    </figure>
  );
}

/**
 * Where an item not from the article comes from: our summary of the publication, then its
 * publisher, title, year and address. The address is shown as text, not a link: links leave
 * the app only through the main process's checked opener.
 */
export function ExternalSourceNote({ source }: { source: ExternalSource }) {
  return (
    <figure className="source source--external">
      <p className="source__lead">Not from the article. {source.summary}</p>
      <figcaption className="source__caption">
        {source.publisher}, <cite>{source.title}</cite>
        {source.year !== undefined ? ` (${source.year})` : ''} · <span className="source__url">{source.url}</span>
      </figcaption>
    </figure>
  );
}

/** Other names of a skill, or the job titles of a role: one muted line, absent when there are none. */
export function Aliases({ label, aliases }: { label: string; aliases: readonly string[] | undefined }) {
  if (!aliases || aliases.length === 0) return null;
  return (
    <p className="aliases">
      <span className="aliases__label">{label}</span> {aliases.join(' · ')}
    </p>
  );
}

const headingId = (skill: Skill): string => `skill-${skill.id}`;

export function SkillCard({ entry }: { entry: SkillEntry }) {
  const { skill } = entry;
  return (
    <article className="skill-card" aria-labelledby={headingId(skill)}>
      <h4 id={headingId(skill)} className="skill-card__name">
        {skill.name}
      </h4>
      {skill.description ? <p className="skill-card__description">{skill.description}</p> : null}
      <Aliases label="Also called" aliases={skill.aliases} />
      {skill.source ? <SourceQuote source={skill.source} /> : null}
      {skill.externalSource ? <ExternalSourceNote source={skill.externalSource} /> : null}
      {entry.subtasks.length > 0 ? (
        <section className="subtasks" aria-labelledby={`${headingId(skill)}-subtasks`}>
          <h5 id={`${headingId(skill)}-subtasks`} className="subtasks__title">
            Sub-tasks
          </h5>
          <ul className="subtasks__list">
            {entry.subtasks.map((sub) => (
              <li key={sub.skill.id} className="subtask">
                <h6 id={headingId(sub.skill)} className="subtask__name">
                  {sub.skill.name}
                </h6>
                {sub.skill.description ? <p className="subtask__description">{sub.skill.description}</p> : null}
                {sub.showOwnSource && sub.skill.source ? <SourceQuote source={sub.skill.source} /> : null}
              </li>
            ))}
          </ul>
          {entry.sharedSubtaskSource ? (
            <SourceQuote source={entry.sharedSubtaskSource} lead="Every sub-task above comes from this sentence:" />
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
