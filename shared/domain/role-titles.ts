/*
 * Job titles that name a role. An imported spreadsheet with only a "Job Title" column gets
 * its roles from the roles' names and aliases, so one title must mean one role: "BI
 * developer" on two roles would leave every BI developer without one.
 */

/**
 * A job title as a comparison key: accents dropped, lower case, every run of punctuation and
 * spaces made one space ("BI-Developer" → "bi developer"). The spreadsheet import compares
 * headers and labels with the same rule (interchange/normalise.ts), so two titles this key
 * tells apart are told apart there too.
 */
export function roleTitleKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface RoleTitleIssue {
  path: (string | number)[];
  message: string;
}

interface TitledRole {
  name: string;
  aliases?: readonly string[] | undefined;
}

interface Holder {
  role: number;
  name: string;
  where: string;
}

/**
 * Names and aliases that mean two roles, and aliases that can never match a title (no letter
 * or digit; a name like that is allowed, as it always was). Names are registered first, so a
 * clash between a name and an alias is reported on the alias: the name is what the role is
 * called everywhere else.
 */
export function roleTitleIssues(roles: readonly TitledRole[]): RoleTitleIssue[] {
  const issues: RoleTitleIssue[] = [];
  const holders = new Map<string, Holder>();
  const claim = (text: string, role: number, path: (string | number)[], where: string, isName: boolean) => {
    const key = roleTitleKey(text);
    if (key === '') {
      // A name is what people read, whatever its letters; an alias is only there to match titles.
      if (!isName)
        issues.push({ path, message: `the job title "${text}" has no letter or digit, so no title can match it` });
      return;
    }
    const first = holders.get(key);
    if (first === undefined) {
      holders.set(key, { role, name: roles[role]!.name, where });
    } else if (first.role !== role) {
      issues.push({
        path,
        message: isName
          ? `role "${text}" has the same name as role "${first.name}" (${first.where}), ignoring case and punctuation; a job title could not tell them apart, so rename one of them`
          : `the job title "${text}" of role "${roles[role]!.name}" also means role "${first.name}" (${first.where}); a job title may mean one role only, so keep it on one of them`,
      });
    }
  };
  roles.forEach((role, r) => claim(role.name, r, ['roles', r, 'name'], `roles[${r}].name`, true));
  roles.forEach((role, r) =>
    (role.aliases ?? []).forEach((alias, a) =>
      claim(alias, r, ['roles', r, 'aliases', a], `roles[${r}].aliases[${a}]`, false),
    ),
  );
  return issues;
}
