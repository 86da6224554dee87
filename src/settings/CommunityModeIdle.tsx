import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n/index.ts';

/** Which seconds are spoken: often enough to be useful, rarely enough not to drown the question. */
const SPOKEN = new Set([60, 45, 30, 20, 10, 5]);

/**
 * "Are you still there?": a modal dialog over the whole screen (so the last visitor's lists are
 * hidden while it waits), with focus on "I'm still here". Escape counts as being there. The number
 * on screen changes every second; the live region speaks only at SPOKEN seconds.
 */
export function CommunityModeIdle({ secondsLeft, onStay, onFinish }: { secondsLeft: number; onStay: () => void; onFinish: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const stayRef = useRef<HTMLButtonElement>(null);
  const spoken = useRef(t('community.idleSpoken', { count: secondsLeft }));
  if (SPOKEN.has(secondsLeft)) spoken.current = t('community.idleSpoken', { count: secondsLeft });

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    stayRef.current?.focus();
    return () => d?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      class="idle-warning"
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
      onCancel={(e) => {
        e.preventDefault();
        onStay();
      }}
    >
      <div class="idle-warning__inner">
        <h2 id="idle-title">{t('community.idleTitle')}</h2>
        <p id="idle-body">{t('community.idleBody')}</p>
        <p class="idle-warning__count" role="timer" aria-live="off">
          {t('community.idleCount', { count: secondsLeft })}
        </p>
        <p class="visually-hidden" aria-live="polite">
          {spoken.current}
        </p>
        <div class="button-row">
          <button type="button" class="button button--big" ref={stayRef} onClick={onStay}>
            {t('community.stillHere')}
          </button>
          <button type="button" class="button button--secondary" onClick={onFinish}>
            {t('community.finishNow')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
