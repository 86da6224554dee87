/**
 * Reads a guide aloud with the Web Speech API, one utterance per reading unit, so the page can
 * highlight the unit being read and Pause/Resume/Stop act at once.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { pickVoice, RATES, type RateName, type ReadingUnit } from './speech.ts';

export type ReadStatus = 'idle' | 'playing' | 'paused';

export interface ReadAloud {
  status: ReadStatus;
  /** Key of the unit being read, if any. */
  activeKey?: string;
  rate: RateName;
  play(): void;
  pause(): void;
  resume(): void;
  stop(): void;
  setRate(r: RateName): void;
}

export function useReadAloud(units: readonly ReadingUnit[], lang: string): ReadAloud {
  const [status, setStatus] = useState<ReadStatus>('idle');
  const [index, setIndex] = useState(-1);
  const [rate, setRateState] = useState<RateName>('normal');
  // Every start or stop bumps the run, so late `end` events from a cancelled utterance are ignored
  // (engines fire them on cancel).
  const run = useRef(0);
  const at = useRef(-1);
  const rateRef = useRef<RateName>('normal');
  // Held so the engine's utterance is not garbage-collected mid-sentence (Chrome then never fires
  // `end` and reading stalls).
  const speaking = useRef<SpeechSynthesisUtterance | null>(null);

  const finish = () => {
    run.current++;
    at.current = -1;
    setIndex(-1);
    setStatus('idle');
  };

  const speakFrom = (start: number) => {
    const synth = window.speechSynthesis;
    const mine = ++run.current;
    synth.cancel();
    // Chrome stays paused after a cancel, and would then queue the new words silently.
    if (synth.paused) synth.resume();
    const say = (i: number) => {
      if (mine !== run.current) return;
      if (i >= units.length) return finish();
      at.current = i;
      setIndex(i);
      const u = new SpeechSynthesisUtterance(units[i].text);
      u.lang = lang;
      const voice = pickVoice(synth.getVoices?.() ?? [], lang);
      if (voice) u.voice = voice;
      u.rate = RATES[rateRef.current];
      u.onend = () => say(i + 1);
      u.onerror = () => {
        // A real failure (no voice, not allowed) would fail again on every unit: stop instead.
        if (mine === run.current) finish();
      };
      speaking.current = u;
      synth.speak(u);
    };
    setStatus('playing');
    say(Math.max(0, start));
  };

  const stop = () => {
    finish();
    window.speechSynthesis.cancel();
  };

  // Leaving the page stops the voice; nothing should keep talking over the next page.
  useEffect(
    () => () => {
      if (at.current >= 0) {
        run.current++;
        window.speechSynthesis.cancel();
      }
    },
    [],
  );

  return {
    status,
    activeKey: index >= 0 ? units[index]?.key : undefined,
    rate,
    play: () => speakFrom(0),
    pause: () => {
      window.speechSynthesis.pause();
      setStatus('paused');
    },
    resume: () => {
      const synth = window.speechSynthesis;
      synth.resume();
      setStatus('playing');
      // Some engines (Chrome on Android) drop the utterance on pause: start the unit again.
      if (!synth.speaking) speakFrom(at.current);
    },
    stop,
    setRate: (r) => {
      rateRef.current = r;
      setRateState(r);
      // A new speed applies to the paragraph being read now, not only to the next one.
      if (status === 'playing') speakFrom(at.current);
    },
  };
}
