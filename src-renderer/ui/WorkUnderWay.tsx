// Heavy work the app is doing in the background (anonymizing a PDF page by page), shown on the
// screen that started it, so a long import says how far it has got.
import { useQuery } from '../api/use-query.js';

export function WorkUnderWay() {
  const work = useQuery('work.list', {});
  const items = work.data ?? [];
  if (items.length === 0) return null;
  return (
    <ul className="work-under-way" aria-label="Work under way">
      {items.map((item) => (
        <li key={item.id}>
          <span>
            {item.what}
            {item.total > 0
              ? `: ${item.unit === 'pages' ? 'page' : item.unit} ${item.done} of ${item.total}`
              : '…'}
          </span>
          {item.total > 0 && (
            <progress max={item.total} value={item.done} aria-label={`${item.what}: progress`} />
          )}
        </li>
      ))}
    </ul>
  );
}
