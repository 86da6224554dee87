/**
 * Community-centre mode: one tablet, many visitors. The staff settings (on, minutes, PIN) live in
 * storage's `meta`, which clearing a visitor's data never touches. The PIN only keeps visitors from
 * switching the mode off by accident; it is stored hashed, but four digits are no secret from
 * someone with the browser's developer tools, and do not pretend to be.
 */
import { useEffect, useState } from 'preact/hooks';
import { getCommunityConfig, setCommunityConfig, type CommunityConfig } from '../storage/index.ts';

export const IDLE_CHOICES = [2, 5, 10, 15] as const;
export const DEFAULT_IDLE_MINUTES = 5;
/** WCAG 2.2.1: at least 20 seconds to say "I'm still here"; a slow reader needs more. */
export const WARNING_SECONDS = 60;
/** Kept in sessionStorage: a reload is the same visitor, a new browser session is not. */
export const SESSION_KEY = 'local-support:community-session';
/** Set just before the app reloads itself after a clear, so Home can say what happened. */
export const CLEARED_FLAG = 'local-support:community-cleared';
export const PIN_PATTERN = /^\d{4,8}$/;

let current: CommunityConfig | undefined;
let loaded = false;
const listeners = new Set<() => void>();

async function load(): Promise<void> {
  current = await getCommunityConfig().catch(() => undefined);
  loaded = true;
  listeners.forEach((l) => l());
}

export function useCommunityMode(): { loaded: boolean; config?: CommunityConfig } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const l = () => setTick((n) => n + 1);
    listeners.add(l);
    // It may have loaded between this component's first render and now: render again if so.
    if (!loaded) void load();
    else l();
    return () => void listeners.delete(l);
  }, []);
  return { loaded, config: current?.on ? current : undefined };
}

async function hashPin(pin: string, salt: string): Promise<string> {
  if (!globalThis.crypto?.subtle) return `plain:${pin}`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}:${pin}`));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function pinMatches(pin: string): Promise<boolean> {
  if (!current) return false;
  return (await hashPin(pin, current.salt)) === current.pinHash;
}

export async function turnOnCommunityMode(pin: string, idleMinutes: number): Promise<void> {
  const salt = [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
  const config: CommunityConfig = { on: true, idleMinutes, salt, pinHash: await hashPin(pin, salt) };
  await setCommunityConfig(config);
  markSession();
  await load();
}

export async function changeIdleMinutes(idleMinutes: number): Promise<void> {
  if (!current) return;
  await setCommunityConfig({ ...current, idleMinutes });
  await load();
}

export async function turnOffCommunityMode(): Promise<void> {
  await setCommunityConfig(undefined);
  await load();
}

/** Whether this browser session already belongs to the visitor now using it. */
export function hasSession(): boolean {
  try {
    return sessionStorage.getItem(SESSION_KEY) === '1';
  } catch {
    return true;
  }
}

export function markSession(): void {
  try {
    sessionStorage.setItem(SESSION_KEY, '1');
  } catch {
    // Without sessionStorage every load counts as the same visitor; the idle timer still clears.
  }
}
