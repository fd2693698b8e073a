import { countOf } from '@shared/analysis/text';
import type { Analysis } from '@shared/analysis';
import { productTeamsTable, STAGE_LABELS } from '@shared/reports/rows';
import { DataTable } from '@renderer/components/common/DataTable';

/*
 * The team-structure advice: the size class and stage, then for data science and data
 * engineering each line of advice with the numbers it rests on, the article's sentence when
 * the advice is one of its structures, and the product teams the advice counted.
 */

const SIZE_LABEL = { small: 'Small', medium: 'Medium', large: 'Large' } as const;

const people = (n: number): string => countOf(n, 'person', 'people');

export function StructureAdvice({ analysis }: { analysis: Analysis }) {
  const { structure } = analysis;
  const { headcount } = structure;
  const teams = [
    { key: 'ds', title: 'Data science', advice: structure.dataScience },
    { key: 'de', title: 'Data engineering', advice: structure.dataEngineering },
  ];
  const productTeams = productTeamsTable(analysis);
  return (
    <section className="plan-section" aria-labelledby="plan-structure-title">
      <h2 id="plan-structure-title" className="plan-section__title">
        Team structure
      </h2>
      <p className="plan-lead">
        Size class: <strong>{SIZE_LABEL[structure.sizeClass]}</strong>{' '}
        {structure.derived
          ? `(from ${headcount.productTeams} product ${headcount.productTeams === 1 ? 'team' : 'teams'} and ${people(headcount.people)})`
          : '(set in the settings)'}
        . Data engineering: <strong>{STAGE_LABELS[structure.stage]}</strong>.
      </p>
      <div className="structure-grid">
        {teams.map(({ key, title, advice }) => (
          <article key={key} className={`structure-card structure-card--${key}`}>
            <h3>{title}</h3>
            <p>{advice.summary}</p>
            <p className="structure-basis">Based on: {advice.basis}</p>
            {advice.units.length > 0 ? (
              <ul className="structure-units">
                {advice.units.map((unit) => (
                  <li key={unit.name}>
                    <strong>{unit.name}</strong>: {unit.purpose} <span className="structure-basis">({unit.basis})</span>
                  </li>
                ))}
              </ul>
            ) : null}
            {advice.source !== null ? (
              <blockquote className="structure-source">
                <p>{advice.source}</p>
              </blockquote>
            ) : null}
          </article>
        ))}
      </div>
      {productTeams.rows.length > 0 ? (
        <DataTable
          caption="Product teams the advice counted"
          header={productTeams.header}
          numeric={productTeams.numeric}
          rows={productTeams.rows}
        />
      ) : null}
    </section>
  );
}
