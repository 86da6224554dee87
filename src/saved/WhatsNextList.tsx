import { useT } from '../i18n/index.ts';
import { DEFAULT_LIST_ID } from '../storage/index.ts';
import { useSaved } from './store.ts';
import { cardId, formatWhen, itemName, listName, todayKey } from './describe.ts';
import './saved.css';

const SHOWN = 5;

/**
 * "What's next" for Home: the coming dates from the tracker, soonest first, each linking to its
 * card on the Saved page. Shows nothing at all until there is a date to show.
 */
export function WhatsNextList() {
  const t = useT();
  const state = useSaved();
  if (!state) return null;
  const today = todayKey();
  const coming = state.items
    .map((item) => ({ item, entry: state.tracker.get(item.id) }))
    .filter((x) => x.entry?.next && x.entry.next.slice(0, 10) >= today)
    .sort((a, b) => a.entry!.next!.localeCompare(b.entry!.next!));
  if (!coming.length) return null;
  const severalLists = state.lists.length > 1;
  return (
    <section class="whats-next" aria-labelledby="whats-next-title">
      <h2 id="whats-next-title">{t('saved.whatsNextTitle')}</h2>
      <ul class="whats-next__list">
        {coming.slice(0, SHOWN).map(({ item, entry }) => {
          const list = state.lists.find((l) => l.id === item.listId);
          const href = `/saved${item.listId === DEFAULT_LIST_ID ? '' : `?list=${encodeURIComponent(item.listId)}`}#${cardId(item)}`;
          return (
            <li key={item.id}>
              <strong>{formatWhen(entry!.next!)}</strong>
              <br />
              <a href={href}>{itemName(item)}</a>
              {severalLists && <span class="hint"> ({listName(list, t)})</span>}
            </li>
          );
        })}
      </ul>
      {coming.length > SHOWN && <p>{t('saved.whatsNextMore', { count: coming.length - SHOWN })}</p>}
    </section>
  );
}
