import { useRef, useState } from 'preact/hooks';
import type { Guide } from '../core/guide.ts';
import type { Service } from '../core/model.ts';
import { moveSaved, putSnapshot, removeSaved, saveItem, savedId, takeSaved, type SavedKind } from '../storage/index.ts';
import { useT } from '../i18n/index.ts';
import { Icon } from '../ui/Icon.tsx';
import { lastList, reloadSaved, rememberList, useSaved } from './store.ts';
import { listName } from './describe.ts';
import './saved.css';

/**
 * One large button to save or unsave, with Undo for whichever it just did. A save goes into the
 * list last chosen in this visit and says which; when there are several lists, the list can be
 * changed right there.
 */
export function SaveButton({ kind, record, name }: { kind: SavedKind; record: Service | Guide; name: string }) {
  const t = useT();
  const state = useSaved();
  const id = savedId(kind, kind === 'service' ? (record as Service).id : (record as Guide).slug);
  const item = state?.items.find((i) => i.id === id);
  const [message, setMessage] = useState<{ text: string; undo?: () => Promise<void> } | undefined>();
  const [choice, setChoice] = useState<string | undefined>();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const selectId = `save-list-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

  const toggle = async () => {
    try {
      if (item) {
        const before = await takeSaved(id);
        setMessage({ text: t('saved.removed', { name }), undo: () => putSnapshot(before) });
      } else {
        const saved = await saveItem(kind, record, lastList(state));
        const list = state?.lists.find((l) => l.id === saved.listId);
        setMessage({ text: t('saved.savedTo', { list: listName(list, t) }), undo: () => removeSaved(id) });
      }
    } catch {
      setMessage({ text: t('saved.saveFailed') });
    }
    await reloadSaved().catch(() => undefined);
  };

  const undo = async () => {
    await message?.undo?.();
    setMessage(undefined);
    await reloadSaved();
    buttonRef.current?.focus();
  };

  const move = async (listId: string) => {
    await moveSaved(id, listId);
    rememberList(listId);
    await reloadSaved();
    setMessage({ text: t('saved.savedTo', { list: listName(state?.lists.find((l) => l.id === listId), t) }) });
  };

  return (
    <div class="save">
      <button type="button" ref={buttonRef} class={item ? 'button button--secondary button--save' : 'button button--save'} aria-pressed={!!item} onClick={toggle}>
        <Icon name="bookmark" />
        {item ? t('saved.savedButton') : t('saved.save')}
        <span class="visually-hidden"> {name}</span>
      </button>
      {item && state && state.lists.length > 1 && (
        <form
          class="save__list"
          onSubmit={(e) => {
            e.preventDefault();
            void move(choice ?? item.listId);
          }}
        >
          <label class="label" for={selectId}>
            {t('saved.whichList')}
          </label>
          <div class="search-row">
            <select id={selectId} class="input" value={choice ?? item.listId} onChange={(e) => setChoice((e.target as HTMLSelectElement).value)}>
              {state.lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {listName(l, t)}
                </option>
              ))}
            </select>
            <button type="submit" class="button button--secondary">
              {t('saved.putInList')}
            </button>
          </div>
        </form>
      )}
      <p role="status" class="save__status">
        {message && (
          <>
            {message.text}{' '}
            {message.undo && (
              <button type="button" class="button button--secondary" onClick={undo}>
                {t('saved.undo')}
              </button>
            )}
          </>
        )}
      </p>
    </div>
  );
}
