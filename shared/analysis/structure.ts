import type { Organisation, SizeClass } from '../domain';
import { listOf } from './text';
import type { StructureAdvice } from './types';

/**
 * Size class from the organisation: the article distinguishes "very large with multiple
 * product teams" from "small/medium". Four or more product teams, or 50+ people in the data
 * team, count as large; two or three product teams (or 15+ people) as medium.
 */
export function deriveSizeClass(productTeams: number, headcount: number): SizeClass {
  if (productTeams >= 4 || headcount >= 50) return 'large';
  if (productTeams >= 2 || headcount >= 15) return 'medium';
  return 'small';
}

const DS_SOURCE =
  'It is seen that most companies set up centralized (horizontal) data science team which has small sub-teams / PODs dedicated to building / training machine learning models for different products.';
const DE_LARGE_SOURCE =
  'If the organization is very large with multiple product teams, one could have small data engineering teams reporting to the product teams and one centralized data engineering team which will be responsible for maintaining architectural standards, best practices, tools & frameworks R&D / POCs in relation to data.';
const DE_SMALL_SOURCE =
  'If the organization is small/medium, one could have a centralized data engineering team with small sub-teams doing data engineering tasks related to specific products while one sub-team responsbible for architecture standards and best practices.';

/** The article's team-structure advice, made concrete for this organisation's product teams. */
export function structureAdvice(organisation: Organisation, headcount: number): StructureAdvice {
  const products = organisation.productTeams;
  const sizeClass = organisation.sizeClass ?? deriveSizeClass(products.length, headcount);
  const productUnits = (purpose: (p: string) => string) => products.map((p) => ({ name: p, purpose: purpose(p) }));
  const productPhrase = products.length > 0 ? ` (${listOf(products)})` : '';

  const dataScience = {
    summary: `Keep one centralised data science team with a small POD per product${productPhrase}, each POD building and training the models for its product.`,
    units: [
      { name: 'Central data science team', purpose: 'Shared methods, model quality and the ML roadmap.' },
      ...productUnits((p) => `Data science POD for ${p}: builds, trains and monitors its models.`),
    ],
    source: DS_SOURCE,
  };

  const dataEngineering =
    sizeClass === 'large'
      ? {
          summary: `Place a small data engineering team inside each product team${productPhrase}, and keep one central data engineering team for architecture standards, best practices and tools & frameworks R&D.`,
          units: [
            ...productUnits(
              (p) => `Data engineering team reporting to ${p}: its pipelines, models' data and deployment.`,
            ),
            {
              name: 'Central data engineering team',
              purpose: 'Architecture standards, best practices, tools & frameworks R&D and proofs of concept.',
            },
          ],
          source: DE_LARGE_SOURCE,
        }
      : {
          summary: `Build one central data engineering team with a small sub-team per product${productPhrase} and one sub-team for architecture standards and best practices.`,
          units: [
            ...productUnits(
              (p) => `Sub-team for ${p}: the product's data pipelines, warehouse data and model deployment.`,
            ),
            { name: 'Architecture sub-team', purpose: 'Architecture standards and best practices for all sub-teams.' },
          ],
          source: DE_SMALL_SOURCE,
        };

  return { sizeClass, derived: organisation.sizeClass === undefined, dataScience, dataEngineering };
}
