import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useT } from '../i18n/index.ts';
import { useDataset } from '../dataset/index.ts';
import { DEFAULT_LIST_ID, putSnapshot, type SavedItem, type SavedSnapshot } from '../storage/index.ts';
import { reloadSaved, useSaved, type SavedState } from './store.ts';
import { listName } from './describe.ts';
import { useScheduleEngine } from './schedule.ts';
import { ListTools, NewListForm } from './ListManager.tsx';
import { SavedItemCard, type Stub } from './SavedItemCard.tsx';
import { TakeAway } from './TakeAway.tsx';
import { PrintSheet } from './PrintSheet.tsx';
import { SavedFileTools } from './SavedFileTools.tsx';

export interface Notice {
  text: string;
  undo?: SavedSnapshot;
  /** Where to go after Undo (a deleted list's id). */
  undoList?: string;
}

/** The Saved page: one list at a time (its address says which, so a reload keeps the place). */
export function SavedBody() {
  const t = useT();
  const state = useSaved();
  const { query, route } = useLocation();
  const dataset = useDataset();
  const engine = useScheduleEngine();
  const [stubs, setStubs] = useState<Map<string, Stub>>(new Map());
  const [notice, setNotice] = useState<Notice | undefined>();
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listId = state?.lists.some((l) => l.id === query.list) ? query.list : DEFAULT_LIST_ID;

  // A stub ("Removed X. Undo") belongs to the list it was made in.
  useEffect(() => setStubs(new Map()), [listId]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  // Arriving from "What's next" (#saved-service-…): show that card.
  useEffect(() => {
    if (!state || !location.hash) return;
    const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    // After the page has put focus on its heading (a parent's effect runs after this one).
    setTimeout(() => {
      el?.scrollIntoView();
      el?.querySelector<HTMLElement>('h3')?.focus();
    });
  }, [!!state]);

  if (!state) {
    return (
      <p role="status" class="loading">
        {t('app.loading')}
      </p>
    );
  }

  const list = state.lists.find((l) => l.id === listId)!;
  const items = state.items.filter((i) => i.listId === listId);
  const shown = [...items, ...[...stubs.values()].filter((s) => !items.some((i) => i.id === s.item.id)).map((s) => s.item)].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  const listed = (item: SavedItem) => {
    if (dataset.status !== 'ready') return true;
    return item.kind === 'service' ? dataset.data.byId.has(item.refId) : dataset.data.guides.some((g) => g.slug === item.refId);
  };
  const goToList = (id: string) => route(id === DEFAULT_LIST_ID ? '/saved' : `/saved?list=${encodeURIComponent(id)}`);
  const addStub = (stub: Stub) => setStubs((m) => new Map(m).set(stub.item.id, stub));
  const dropStub = (id: string) =>
    setStubs((m) => {
      const next = new Map(m);
      next.delete(id);
      return next;
    });
  const undoNotice = async () => {
    if (!notice?.undo) return;
    await putSnapshot(notice.undo);
    await reloadSaved();
    if (notice.undoList) goToList(notice.undoList);
    setNotice(undefined);
    headingRef.current?.focus();
  };

  return (
    <div class="saved">
      <div class="saved-screen">
        <p class="hint">{t('saved.emptyHint')}</p>
        {state.items.length === 0 && (
          <>
            <p>{t('saved.empty')}</p>
            <p>
              <a class="button" href="/services">
                {t('saved.browse')}
              </a>
            </p>
          </>
        )}
        {state.lists.length > 1 && <ListNav state={state} current={listId} />}
        <div role="status" class="saved-notice-region">
          {notice && (
            <div class="saved-notice">
              <p tabIndex={-1} ref={noticeRef}>
                {notice.text}
              </p>
              {notice.undo && (
                <button type="button" class="button button--secondary" onClick={undoNotice}>
                  {t('saved.undo')}
                </button>
              )}
            </div>
          )}
        </div>
        <section aria-labelledby="saved-list-title">
          <h2 id="saved-list-title" tabIndex={-1} ref={headingRef}>
            {listName(list, t)}
          </h2>
          <p>{t('saved.count', { count: items.length })}</p>
          <ListTools state={state} list={list} count={items.length} onNotice={setNotice} goToList={goToList} />
          {items.length > 0 && <TakeAway state={state} list={list} items={items} />}
          {shown.length === 0 && state.items.length > 0 && <p>{t('saved.listEmpty')}</p>}
          <ul class="results saved-items">
            {shown.map((item) => (
              <SavedItemCard
                key={item.id}
                item={item}
                state={state}
                listId={listId}
                listed={listed(item)}
                engine={engine}
                stub={stubs.get(item.id)}
                onStub={addStub}
                onUnstub={dropStub}
              />
            ))}
          </ul>
        </section>
        <NewListForm state={state} onCreated={(id, name) => {
          goToList(id);
          setNotice({ text: t('saved.listCreated', { name }) });
        }} />
        <SavedFileTools headingLevel={2} />
      </div>
      {items.length > 0 && <PrintSheet state={state} list={list} items={items} engine={engine} />}
    </div>
  );
}

function ListNav({ state, current }: { state: SavedState; current: string }) {
  const t = useT();
  return (
    <nav aria-label={t('saved.yourLists')} class="list-nav">
      <ul>
        {state.lists.map((l) => {
          const n = state.items.filter((i) => i.listId === l.id).length;
          return (
            <li key={l.id}>
              <a href={l.id === DEFAULT_LIST_ID ? '/saved' : `/saved?list=${encodeURIComponent(l.id)}`} aria-current={l.id === current ? 'page' : undefined}>
                {t('saved.listWithCount', { name: listName(l, t), count: n })}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

