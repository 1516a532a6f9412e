/**
 * Read-aloud through the browser's speech synthesis, called from the content script's own world
 * (a page script can neither see nor replace what Dubao calls): the hovered word and the panel's
 * key sentences, in the page's voice — zh-HK (Cantonese), zh-TW or zh-CN by the page's region and
 * the Cantonese setting (core/jyutping/region) — at the rate setting. Without a Chinese voice there
 * is no read-aloud at all (the popup's and the panel's controls stay hidden).
 */
import type { FeatureContext } from '../../context';
import { pickVoice, speechLang, wantsCantonese, type PageRegion } from '../../../core/jyutping/region';

/** What the browser offers (missing where it has no speech synthesis; lib.dom says it is always there). */
interface SpeechWorld {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
}

export interface PageSpeech {
  /** The voice this page is read in, or null: no Chinese voice, no read-aloud. */
  voice(): SpeechSynthesisVoice | null;
  /** Read `text` aloud (what was being read stops); false when there is no voice. */
  speak(text: string): boolean;
  /** Call `fn` when the browser's voices change (they arrive late in Chromium); returns the stop. */
  onVoices(fn: () => void): () => void;
}

export function pageRegion(c: FeatureContext): PageRegion {
  return { lang: c.document.documentElement.lang, host: c.host };
}

export function createSpeech(c: FeatureContext): PageSpeech {
  const world = (): SpeechWorld => c.window;
  const lang = () => {
    const region = pageRegion(c);
    return speechLang(region, wantsCantonese(c.settings().chineseReading, region));
  };
  const voice = (): SpeechSynthesisVoice | null => {
    const synth = world().speechSynthesis;
    return synth ? pickVoice(synth.getVoices(), lang()) : null;
  };
  return {
    voice,
    speak(text) {
      const { speechSynthesis: synth, SpeechSynthesisUtterance: Utterance } = world();
      const v = voice();
      if (!synth || !Utterance || !v) return false;
      const u = new Utterance(text);
      u.lang = lang();
      u.voice = v;
      u.rate = c.settings().speechRate;
      synth.cancel();
      synth.speak(u);
      return true;
    },
    onVoices(fn) {
      const synth = world().speechSynthesis;
      if (!synth) return () => undefined;
      synth.addEventListener('voiceschanged', fn);
      return () => synth.removeEventListener('voiceschanged', fn);
    },
  };
}
