/**
 * A planned hire's or a candidate's product team: one of the organisation's, or "Any" (the
 * empty value) for a hire the whole organisation shares.
 */
export function ProductTeamSelect({
  value,
  productTeams,
  onChange,
  name,
}: {
  value: string;
  productTeams: readonly string[];
  onChange: (team: string) => void;
  name?: string;
}) {
  return (
    <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">Any</option>
      {productTeams.map((team) => (
        <option key={team} value={team}>
          {team}
        </option>
      ))}
    </select>
  );
}
