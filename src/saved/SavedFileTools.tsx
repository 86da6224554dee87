import { useEffect, useRef, useState } from 'preact/hooks';
import { buildSavedFile, checkFileSize, readSavedFile, type FileProblem } from '../core/saved-file.ts';
import { mergeSaved } from './merge.ts';
import { useT } from '../i18n/index.ts';
import { putSnapshot, readAllSaved } from '../storage/index.ts';
import { reloadSaved } from './store.ts';
import { todayKey } from './describe.ts';
import { ErrorSummary, FieldMessage, type FieldError } from './ErrorSummary.tsx';

const INPUT_ID = 'saved-import-file';

/**
 * Save a copy of every list to a file, and bring one back. Importing checks the whole file first
 * (src/core/saved-file.ts) and then adds only what is missing, in one transaction, so a refused
 * or failed import changes nothing and a second import of the same file adds nothing.
 */
export function SavedFileTools({ headingLevel }: { headingLevel: 2 | 3 }) {
  const t = useT();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [result, setResult] = useState('');
  const [busy, setBusy] = useState(false);
  const resultRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const exportFile = async () => {
    const data = await readAllSaved();
    const blob = new Blob([JSON.stringify(buildSavedFile(data, new Date()), null, 1)], { type: 'application/json' });
    const name = `saved-lists-${todayKey()}.json`;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    setErrors([]);
    setResult(t('saved.exported', { name, count: data.items.length }));
  };

  const problemText = (p: FileProblem) => t(`saved.importProblem.${p.code}`) + (p.at ? ` ${t('saved.importWhere', { at: p.at })}` : '');

  const importFile = async (e: Event) => {
    e.preventDefault();
    setResult('');
    const file = (document.getElementById(INPUT_ID) as HTMLInputElement | null)?.files?.[0];
    if (!file) return setErrors([{ field: INPUT_ID, text: t('saved.importNoFile') }]);
    // Refused before reading: a 50 MB file is never loaded into memory.
    const tooBig = checkFileSize(file.size);
    if (tooBig) return setErrors([{ field: INPUT_ID, text: problemText(tooBig) }]);
    setBusy(true);
    setResult(t('saved.importChecking'));
    try {
      const read = readSavedFile(await file.text());
      if (!read.ok) {
        setResult('');
        return setErrors(read.problems.slice(0, 3).map((p) => ({ field: INPUT_ID, text: problemText(p) })));
      }
      const merge = mergeSaved(await readAllSaved(), read.file);
      await putSnapshot(merge.put);
      await reloadSaved();
      setErrors([]);
      const { items, lists } = merge.added;
      setResult(
        items || lists || merge.put.notes.length || merge.put.tracker.length
          ? [t('saved.importedItems', { count: items }), lists ? t('saved.importedLists', { count: lists }) : '', merge.alreadyHere ? t('saved.importedAlready', { count: merge.alreadyHere }) : ''].filter(Boolean).join(' ')
          : t('saved.importedNothing'),
      );
    } catch {
      setResult('');
      setErrors([{ field: INPUT_ID, text: t('saved.importFailed') }]);
    } finally {
      setBusy(false);
    }
  };
  const error = errors[0]?.text;

  return (
    <section class="saved-section saved-file" aria-labelledby="saved-file-title">
      <H id="saved-file-title">{t('saved.fileTitle')}</H>
      <p>{t('saved.fileIntro')}</p>
      <p>
        <button type="button" class="button button--secondary" onClick={exportFile}>
          {t('saved.export')}
        </button>
      </p>
      <form onSubmit={importFile} noValidate>
        <ErrorSummary id="saved-import-errors" errors={errors} />
        <label class="label" for={INPUT_ID}>
          {t('saved.importLabel')}
        </label>
        <p class="hint" id={`${INPUT_ID}-hint`}>
          {t('saved.importHint')}
        </p>
        <FieldMessage id={`${INPUT_ID}-error`} text={error} />
        <input
          id={INPUT_ID}
          type="file"
          class="input input--file"
          accept=".json,application/json"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${INPUT_ID}-hint${error ? ` ${INPUT_ID}-error` : ''}`}
        />
        <p>
          <button type="submit" class="button" disabled={busy}>
            {t('saved.importButton')}
          </button>
        </p>
      </form>
      <p role="status" class="save__status">
        <span tabIndex={-1} ref={resultRef}>
          {result}
        </span>
      </p>
    </section>
  );
}
