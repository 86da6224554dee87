import { useState } from 'preact/hooks';
import type { Guide } from '../core/guide.ts';
import type { Service } from '../core/model.ts';
import { removeSaved, restoreSaved, saveItem, savedId, type SavedItem, type SavedKind } from '../storage/index.ts';
import { useT } from '../i18n/index.ts';
import { Icon } from '../ui/Icon.tsx';
import { reloadSaved, useSavedItems } from './store.ts';

/** One large button to save or unsave, with an Undo for whichever it just did. */
export function SaveButton({ kind, record, name }: { kind: SavedKind; record: Service | Guide; name: string }) {
  const t = useT();
  const items = useSavedItems();
  const id = savedId(kind, kind === 'service' ? (record as Service).id : (record as Guide).slug);
  const saved = items?.some((i) => i.id === id) ?? false;
  const [message, setMessage] = useState<{ text: string; undo?: () => Promise<void> } | undefined>();

  const toggle = async () => {
    try {
      if (saved) {
        const item = items!.find((i) => i.id === id) as SavedItem;
        await removeSaved(id);
        setMessage({ text: t('saved.removed', { name }), undo: () => restoreSaved(item) });
      } else {
        await saveItem(kind, record);
        setMessage({ text: t('saved.savedTo', { list: t('saved.myList') }), undo: () => removeSaved(id) });
      }
    } catch {
      setMessage({ text: t('saved.saveFailed') });
    }
    await reloadSaved();
  };

  const undo = async () => {
    await message?.undo?.();
    setMessage(undefined);
    await reloadSaved();
  };

  return (
    <div class="save">
      <button type="button" class={saved ? 'button button--secondary' : 'button'} aria-pressed={saved} onClick={toggle}>
        <Icon name="bookmark" />
        {saved ? t('saved.savedButton') : t('saved.save')}
        <span class="visually-hidden"> {name}</span>
      </button>
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
