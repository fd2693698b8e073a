/**
 * The head of a skills grid (the heatmap, coverage by product team): the row header's
 * corner, then one rotated column header per skill with its area's bar.
 */
export function SkillGridHead({
  corner,
  columns,
}: {
  corner: string;
  columns: readonly { skillId: string; name: string; area: string }[];
}) {
  return (
    <thead>
      <tr>
        <th scope="col" className="heatmap__corner">
          {corner}
        </th>
        {columns.map((c) => (
          <th key={c.skillId} scope="col" className={`heatmap__skill heatmap__skill--${c.area}`} title={c.name}>
            <span>{c.name}</span>
          </th>
        ))}
      </tr>
    </thead>
  );
}
