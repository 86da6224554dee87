import { useEffect, useRef, useState } from 'preact/hooks';
import type { Service } from '../core/model.ts';
import { useT } from '../i18n/index.ts';
import { Icon } from '../ui/Icon.tsx';
import { telHref } from '../services/phone.ts';
import { moveSaved, putSnapshot, takeSaved, type SavedItem } from '../storage/index.ts';
import { reloadSaved, type SavedState } from './store.ts';
import { address, cardId, formatWhen, itemHref, itemName, listName, phoneNumbers } from './describe.ts';
import { openStateText, useScheduleEngine } from './schedule.ts';
import { ItemNotes } from './ItemNotes.tsx';

/** What stands in a card's place after it is removed or moved away, with Undo. */
export interface Stub {
  item: SavedItem;
  text: string;
  undo: () => Promise<void>;
}

type Engine = ReturnType<typeof useScheduleEngine>;

export function SavedItemCard({ item, state, listId, listed, engine, stub, onStub, onUnstub }: {
  item: SavedItem; state: SavedState; listId: string; listed: boolean; engine: Engine; stub?: Stub;
  onStub: (s: Stub) => void; onUnstub: (id: string) => void;
}) {
  const t = useT();
  const name = itemName(item);
  const stubRef = useRef<HTMLParagraphElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const focusTitle = useRef(false);
  useEffect(() => {
    // Focus follows the change: onto "Removed …" when the card goes, back to the card on Undo
    // (only then: a stub also goes when the person opens another list).
    if (stub) stubRef.current?.focus();
    else if (focusTitle.current) titleRef.current?.focus();
    focusTitle.current = false;
  }, [stub]);

  if (stub) {
    const undo = async () => {
      await stub.undo();
      await reloadSaved();
      focusTitle.current = true;
      onUnstub(item.id);
    };
    return (
      <li class="card saved-item saved-item--stub" id={cardId(item)}>
        <p tabIndex={-1} ref={stubRef}>
          {stub.text}
        </p>
        <button type="button" class="button button--secondary" onClick={undo}>
          {t('saved.undo')}
          <span class="visually-hidden"> {t('saved.undoFor', { name })}</span>
        </button>
      </li>
    );
  }

  const service = item.kind === 'service' ? (item.record as Service) : undefined;
  const note = state.notes.get(item.id)?.text;
  const entry = state.tracker.get(item.id);
  const where = address(item);
  const opening = service && openStateText(engine, service, document.documentElement.lang || 'en-GB');
  const remove = async () => {
    const before = await takeSaved(item.id);
    await reloadSaved();
    onStub({ item, text: t('saved.removed', { name }), undo: () => putSnapshot(before) });
  };

  return (
    <li class="card saved-item" id={cardId(item)}>
      <p class="card__meta">{service ? t('saved.service') : t('saved.guide')}</p>
      <h3 class="card__title" tabIndex={-1} ref={titleRef}>
        <a href={itemHref(item)}>{name}</a>
      </h3>
      {!listed && <p class="notice">{t('saved.noLongerListed')}</p>}
      {phoneNumbers(item).map((n) =>
        telHref(n) ? (
          <p key={n}>
            <a class="button button--call" href={telHref(n)}>
              <Icon name="phone" />
              {t('saved.call', { number: n })}
            </a>
          </p>
        ) : (
          <p key={n}>{t('saved.phone', { number: n })}</p>
        ),
      )}
      {where && <p>{t('saved.address', { address: where })}</p>}
      {opening && <p>{opening}</p>}
      {entry && (
        <p class="saved-progress">
          {t(`saved.status.${entry.status}`)}
          {entry.next && <> · {t('saved.yourNext', { when: formatWhen(entry.next) })}</>}
        </p>
      )}
      {note && <p class="prewrap saved-note">{t('saved.yourNote', { note })}</p>}
      <details class="saved-details">
        <summary>{service ? t('saved.notesAndProgress', { name }) : t('saved.notesFor', { name })}</summary>
        <ItemNotes item={item} state={state} engine={engine} />
      </details>
      {state.lists.length > 1 && <MoveForm item={item} state={state} listId={listId} onStub={onStub} />}
      <p>
        <button type="button" class="button button--secondary" onClick={remove}>
          {t('saved.remove')}
          <span class="visually-hidden"> {name}</span>
        </button>
      </p>
    </li>
  );
}

/** A choice and a button (not a select that acts on change): moving is deliberate and then announced. */
function MoveForm({ item, state, listId, onStub }: { item: SavedItem; state: SavedState; listId: string; onStub: (s: Stub) => void }) {
  const t = useT();
  const others = state.lists.filter((l) => l.id !== listId);
  const [to, setTo] = useState(others[0]?.id ?? '');
  const id = `move-${cardId(item)}`;
  const name = itemName(item);
  const move = async (e: Event) => {
    e.preventDefault();
    const target = state.lists.find((l) => l.id === to);
    if (!target) return;
    await moveSaved(item.id, target.id);
    await reloadSaved();
    onStub({ item, text: t('saved.moved', { name, list: listName(target, t) }), undo: () => moveSaved(item.id, listId) });
  };
  return (
    <form class="saved-move" onSubmit={move}>
      <label class="label" for={id}>
        {t('saved.moveLabel', { name })}
      </label>
      <div class="search-row">
        <select id={id} class="input" value={to} onChange={(e) => setTo((e.target as HTMLSelectElement).value)}>
          {others.map((l) => (
            <option key={l.id} value={l.id}>
              {listName(l, t)}
            </option>
          ))}
        </select>
        <button type="submit" class="button button--secondary">
          {t('saved.move')}
        </button>
      </div>
    </form>
  );
}
