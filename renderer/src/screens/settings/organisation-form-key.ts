import { useState } from 'react';
import type { Organisation } from '@shared/domain';
import { identityKey } from '@shared/identity';

/** Whether two organisations differ at most in the company's headcount. */
export function sameApartFromHeadcount(a: Organisation, b: Organisation): boolean {
  const { companyHeadcount: _a, ...restA } = a;
  const { companyHeadcount: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

/**
 * The key the Organisation form is mounted under: it starts again from the stored
 * organisation whenever that changes, except when only the company's headcount changed. That
 * one is saved by the hiring and planning section, and must not throw away what the manager
 * has typed in the Organisation form and not yet saved.
 */
export function useOrganisationFormKey(organisation: Organisation | undefined): string {
  const [seen, setSeen] = useState(() => ({ organisation, key: organisation ? identityKey(organisation) : '' }));
  if (seen.organisation === organisation) return seen.key;
  const key = !organisation
    ? ''
    : seen.organisation && sameApartFromHeadcount(seen.organisation, organisation)
      ? seen.key
      : identityKey(organisation);
  // Adjusting state while rendering: React renders again at once, before the children.
  setSeen({ organisation, key });
  return key;
}
