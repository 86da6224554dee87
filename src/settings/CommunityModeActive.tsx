import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/index.ts';
import { clearEverythingPersonal } from '../saved/clear.ts';
import { CLEARED_FLAG, hasSession, markSession, useCommunityMode, WARNING_SECONDS } from './useCommunityMode.ts';
import { CommunityModeIdle } from './CommunityModeIdle.tsx';
import '../saved/saved.css';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

/**
 * Clears everything personal, then reloads at Home: a reload is the one sure way to drop what any
 * page holds in memory (a search box, a scroll position) as well as what is stored.
 */
export async function finishVisit(): Promise<void> {
  await clearEverythingPersonal().catch(() => undefined);
  // Still this browser session: the reload must not count as a new visitor and clear again.
  markSession();
  try {
    sessionStorage.setItem(CLEARED_FLAG, '1');
  } catch {
    // Home then simply opens without the "cleared" message.
  }
  window.location.replace('/');
}

/**
 * Shown on every page while community-centre mode is on: "Finish and clear" for the visitor, and
 * the idle timer. After the staff-set minutes without a touch or key press, a full-screen "Are you
 * still there?" counts down WARNING_SECONDS; then everything personal goes and the app opens Home.
 * Time is read from Date.now() on each tick, so a tablet that slept still clears on waking.
 */
export function CommunityModeActive() {
  const t = useT();
  const { config } = useCommunityMode();
  const [warnUntil, setWarnUntil] = useState<number | undefined>();
  const [now, setNow] = useState(Date.now());
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState('');
  const lastActive = useRef(Date.now());
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const finishRef = useRef<HTMLButtonElement>(null);
  const idleMs = (config?.idleMinutes ?? 0) * 60_000;

  useEffect(() => {
    let flagged = false;
    try {
      flagged = sessionStorage.getItem(CLEARED_FLAG) === '1';
      sessionStorage.removeItem(CLEARED_FLAG);
    } catch {
      // No message then.
    }
    // Said a moment after load, so screen readers hear it as news rather than page content.
    if (flagged) setTimeout(() => setCleared(t('community.cleared')), 500);
  }, []);

  useEffect(() => {
    if (!config) return;
    // A new browser session on a shared tablet is a new visitor: clear whatever the last one left.
    if (!hasSession()) {
      markSession();
      void clearEverythingPersonal().then(markSession, () => undefined);
    }
    lastActive.current = Date.now();
    const onActivity = () => {
      lastActive.current = Date.now();
    };
    ACTIVITY.forEach((e) => document.addEventListener(e, onActivity, { capture: true, passive: true }));
    const tick = setInterval(() => {
      const n = Date.now();
      setNow(n);
      setWarnUntil((until) => {
        if (until !== undefined) return until;
        const idle = n - lastActive.current;
        if (idle < idleMs) return undefined;
        // Asleep past the whole warning: nobody is there to warn.
        return lastActive.current + idleMs + WARNING_SECONDS * 1000;
      });
    }, 1000);
    return () => {
      clearInterval(tick);
      ACTIVITY.forEach((e) => document.removeEventListener(e, onActivity, { capture: true }));
    };
  }, [config?.on, idleMs]);

  const secondsLeft = warnUntil === undefined ? undefined : Math.max(0, Math.ceil((warnUntil - now) / 1000));
  useEffect(() => {
    if (secondsLeft === 0) void finishVisit();
  }, [secondsLeft === 0]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (!config) {
    return cleared ? (
      <div class="community-bar" role="status">
        <p>{cleared}</p>
      </div>
    ) : null;
  }

  const stay = () => {
    lastActive.current = Date.now();
    setWarnUntil(undefined);
  };

  return (
    <>
      <section class="community-bar" aria-label={t('community.barLabel')}>
        <div class="community-bar__inner">
          <p>{t('community.barText')}</p>
          {!confirming ? (
            <button type="button" class="button button--finish" ref={finishRef} onClick={() => setConfirming(true)}>
              {t('community.finish')}
            </button>
          ) : (
            <div class="community-bar__confirm">
              <p tabIndex={-1} ref={confirmRef}>
                {t('community.finishConfirm')}
              </p>
              <div class="button-row">
                <button type="button" class="button button--finish" onClick={() => void finishVisit()}>
                  {t('community.finishYes')}
                </button>
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => {
                    setConfirming(false);
                    setTimeout(() => finishRef.current?.focus());
                  }}
                >
                  {t('community.finishNo')}
                </button>
              </div>
            </div>
          )}
        </div>
        <p role="status" class="save__status">
          {cleared}
        </p>
      </section>
      {secondsLeft !== undefined && secondsLeft > 0 && <CommunityModeIdle secondsLeft={secondsLeft} onStay={stay} onFinish={() => void finishVisit()} />}
    </>
  );
}
