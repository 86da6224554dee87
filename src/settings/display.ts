/**
 * Display settings (text size, contrast, motion, spacing). Kept in localStorage, not IndexedDB,
 * because /display-settings.js must read them synchronously before the first paint.
 * The same key and attribute names are used there; keep the two in step.
 */
import { useEffect, useState } from 'preact/hooks';

export const DISPLAY_KEY = 'local-support:display';
export const TEXT_SIZES = [100, 125, 150, 200, 300] as const;
export const THEMES = ['standard', 'dark', 'light'] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type Theme = (typeof THEMES)[number];

export interface DisplaySettings {
  textSize: TextSize;
  theme: Theme;
  /** undefined = follow the device's prefers-reduced-motion. */
  reduceMotion?: boolean;
  moreSpacing: boolean;
}

export const DEFAULT_DISPLAY: DisplaySettings = { textSize: 100, theme: 'standard', moreSpacing: false };

export function readDisplay(): DisplaySettings {
  try {
    const raw = JSON.parse(localStorage.getItem(DISPLAY_KEY) ?? 'null') as Partial<DisplaySettings> | null;
    if (!raw || typeof raw !== 'object') return { ...DEFAULT_DISPLAY };
    return {
      textSize: TEXT_SIZES.includes(raw.textSize as TextSize) ? (raw.textSize as TextSize) : 100,
      theme: THEMES.includes(raw.theme as Theme) ? (raw.theme as Theme) : 'standard',
      reduceMotion: typeof raw.reduceMotion === 'boolean' ? raw.reduceMotion : undefined,
      moreSpacing: raw.moreSpacing === true,
    };
  } catch {
    return { ...DEFAULT_DISPLAY };
  }
}

export function applyDisplay(s: DisplaySettings, root: HTMLElement = document.documentElement): void {
  root.dataset.textSize = String(s.textSize);
  root.dataset.theme = s.theme;
  root.dataset.spacing = s.moreSpacing ? 'more' : 'normal';
  if (s.reduceMotion === undefined) delete root.dataset.motion;
  else root.dataset.motion = s.reduceMotion ? 'reduce' : 'full';
}

/** Whether animations should be avoided now: the stored choice, else the device's setting. */
export function prefersReducedMotion(): boolean {
  const s = readDisplay();
  if (s.reduceMotion !== undefined) return s.reduceMotion;
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const listeners = new Set<(s: DisplaySettings) => void>();

export function saveDisplay(s: DisplaySettings): void {
  try {
    localStorage.setItem(DISPLAY_KEY, JSON.stringify(s));
  } catch {
    // Storage refused (private mode): the choice still applies until the page closes.
  }
  applyDisplay(s);
  listeners.forEach((l) => l(s));
}

export function useDisplay(): [DisplaySettings, (s: DisplaySettings) => void] {
  const [s, setS] = useState(readDisplay);
  useEffect(() => {
    listeners.add(setS);
    return () => void listeners.delete(setS);
  }, []);
  return [s, saveDisplay];
}
