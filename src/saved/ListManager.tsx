import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/index.ts';
import { createList, deleteList, DEFAULT_LIST_ID, putList, type SavedList } from '../storage/index.ts';
import { LIMITS } from '../core/saved-file.ts';
import { reloadSaved, rememberList, type SavedState } from './store.ts';
import { listName } from './describe.ts';
import { describedBy, ErrorSummary, FieldIntro } from './ErrorSummary.tsx';
import type { Notice } from './SavedBody.tsx';

type T = ReturnType<typeof useT>;

/** The words for what is wrong with a list name, or undefined when it will do. */
function nameProblem(name: string, state: SavedState, t: T, except?: string): string | undefined {
  const n = name.trim();
  if (!n) return t('saved.listNameMissing');
  if (n.length > LIMITS.listName) return t('saved.listNameLong', { max: LIMITS.listName });
  const clash = state.lists.find((l) => l.id !== except && listName(l, t).toLowerCase() === n.toLowerCase());
  return clash ? t('saved.listNameTaken', { name: n }) : undefined;
}

function NameForm({ id, label, hint, initial, submit, state, except, onDone, onCancel }: {
  id: string; label: string; hint?: string; initial: string; submit: string; state: SavedState; except?: string;
  onDone: (name: string) => Promise<void>; onCancel?: () => void;
}) {
  const t = useT();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const go = async (e: Event) => {
    e.preventDefault();
    const problem = nameProblem(value, state, t, except);
    setError(problem);
    if (problem) return;
    await onDone(value.trim());
    setValue('');
  };
  return (
    <form class="saved-form" onSubmit={go} noValidate>
      <ErrorSummary id={`${id}-errors`} errors={error ? [{ field: id, text: error }] : []} />
      <FieldIntro id={id} label={label} hint={hint} error={error} />
      <div class="search-row">
        <input
          id={id}
          class="input"
          value={value}
          maxLength={LIMITS.listName + 20}
          autocomplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="button">
          {submit}
        </button>
        {onCancel && (
          <button type="button" class="button button--secondary" onClick={onCancel}>
            {t('saved.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

export function NewListForm({ state, onCreated }: { state: SavedState; onCreated: (id: string, name: string) => void }) {
  const t = useT();
  return (
    <section aria-labelledby="new-list-title" class="saved-section">
      <h2 id="new-list-title">{t('saved.newListTitle')}</h2>
      <NameForm
        id="new-list-name"
        label={t('saved.newListLabel')}
        hint={t('saved.newListHint')}
        initial=""
        submit={t('saved.newListButton')}
        state={state}
        onDone={async (name) => {
          const list = await createList(name);
          rememberList(list.id);
          await reloadSaved();
          onCreated(list.id, name);
        }}
      />
    </section>
  );
}

/** Rename and delete for the list on show; deleting asks first and says what happens to its items. */
export function ListTools({ state, list, count, onNotice, goToList }: {
  state: SavedState; list: SavedList; count: number; onNotice: (n: Notice) => void; goToList: (id: string) => void;
}) {
  const t = useT();
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  // After Cancel, focus goes back to the button that opened the form, not to the top of the page.
  const returnTo = useRef<'rename' | 'delete' | undefined>(undefined);
  const name = listName(list, t);
  useEffect(() => setMode('idle'), [list.id]);
  useEffect(() => {
    if (mode === 'delete') confirmRef.current?.focus();
    if (mode === 'idle' && returnTo.current) (returnTo.current === 'rename' ? renameRef : deleteRef).current?.focus();
    returnTo.current = undefined;
  }, [mode]);
  const cancel = () => {
    returnTo.current = mode === 'idle' ? undefined : mode;
    setMode('idle');
  };

  const remove = async (moveItems: boolean) => {
    const before = await deleteList(list.id, moveItems ? DEFAULT_LIST_ID : undefined);
    rememberList(DEFAULT_LIST_ID);
    await reloadSaved();
    setMode('idle');
    goToList(DEFAULT_LIST_ID);
    const text = count === 0 ? t('saved.listDeleted', { name }) : moveItems ? t('saved.listDeletedMoved', { name, count, to: t('saved.myList') }) : t('saved.listDeletedWithItems', { name, count });
    onNotice({ text, undo: before, undoList: list.id });
  };

  return (
    <div class="list-tools">
      {mode === 'idle' && (
        <div class="button-row">
          <button type="button" class="button button--secondary" ref={renameRef} onClick={() => setMode('rename')}>
            {t('saved.rename')}
            <span class="visually-hidden"> {name}</span>
          </button>
          {list.id !== DEFAULT_LIST_ID && (
            <button type="button" class="button button--secondary" ref={deleteRef} onClick={() => setMode('delete')}>
              {t('saved.deleteList')}
              <span class="visually-hidden"> {name}</span>
            </button>
          )}
        </div>
      )}
      {mode === 'rename' && (
        <NameForm
          id="rename-list"
          label={t('saved.renameLabel', { name })}
          initial={name}
          submit={t('saved.renameButton')}
          state={state}
          except={list.id}
          onCancel={cancel}
          onDone={async (newName) => {
            await putList({ ...list, name: newName });
            await reloadSaved();
            setMode('idle');
            onNotice({ text: t('saved.renamed', { name: newName }) });
          }}
        />
      )}
      {mode === 'delete' && (
        <div class="confirm" role="group" aria-labelledby="delete-list-title">
          <h3 id="delete-list-title" tabIndex={-1} ref={confirmRef}>
            {t('saved.deleteConfirmTitle', { name })}
          </h3>
          <p>{count ? t('saved.deleteConfirmItems', { count }) : t('saved.deleteConfirmEmpty')}</p>
          <div class="button-row">
            {count > 0 && (
              <button type="button" class="button" onClick={() => remove(true)}>
                {t('saved.deleteMove', { count, to: t('saved.myList') })}
              </button>
            )}
            <button type="button" class={count > 0 ? 'button button--secondary' : 'button'} onClick={() => remove(false)}>
              {count > 0 ? t('saved.deleteWithItems', { count }) : t('saved.deleteEmpty')}
            </button>
            <button type="button" class="button button--secondary" onClick={cancel}>
              {t('saved.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
