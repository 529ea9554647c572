/**
 * The comparison's counts, each the API's (`counts`, counted from the lists themselves): how many
 * items each list below holds and how many of them bear each grade. No count is made here.
 */
import type { ComparisonCounts, Grade } from '../../api/types.js';
import { GradeBadge } from '../../components/Badges.js';

const GRADES: Grade[] = ['widens', 'narrows', 'same', 'unclear'];

export function CountsTable({ counts: n, a, b }: { counts: ComparisonCounts; a: string; b: string }) {
  const columns: { key: keyof ComparisonCounts['grades']; head: string; total: number }[] = [
    { key: 'pairs', head: `Aligned pairs (${n.matches} ${n.matches === 1 ? 'match' : 'matches'})`, total: n.pairs },
    { key: 'onlyInA', head: `Only in A (${a})`, total: n.onlyInA },
    { key: 'onlyInB', head: `Only in B (${b})`, total: n.onlyInB },
    { key: 'lifecycle', head: 'Lifecycle aspects', total: n.lifecycle },
    { key: 'all', head: 'All listed', total: n.pairs + n.onlyInA + n.onlyInB + n.lifecycle },
  ];
  return (
    <div className="table-scroll">
      <table className="count-table" aria-label="Listed items by grade">
        <thead>
          <tr>
            <th scope="col">Grade</th>
            {columns.map((c) => (
              <th scope="col" key={c.key}>
                {c.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {GRADES.map((g) => (
            <tr key={g} data-grade={g}>
              <th scope="row">
                <GradeBadge grade={g} />
              </th>
              {columns.map((c) => (
                <td key={c.key} data-count={`${c.key}:${g}`}>
                  {n.grades[c.key][g]}
                </td>
              ))}
            </tr>
          ))}
          <tr className="total">
            <th scope="row">listed</th>
            {columns.map((c) => (
              <td key={c.key} data-count={`${c.key}:total`}>
                {c.total}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
