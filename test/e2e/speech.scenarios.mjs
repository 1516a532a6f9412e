// Read-aloud e2e (issue 19): the speech API is stubbed in the world where Dubao calls it — the
// content script's own world (its isolated world in Chromium, its sandbox in Firefox), which no page
// script reaches — and the tests check what Dubao asked of it: the text, the utterance's language
// for the page, the voice and the rate setting. No audio. The driver supplies
// `contentWorld(page, tabId, source, arg)`: evaluate the function `source` with `arg` there.
import assert from 'node:assert/strict';
import { activeTab, findPanel, poll, textPoint, uiText } from './scenarios.mjs';

/**
 * The stub (runs in the content script's world): voices of the given languages, a recording
 * speechSynthesis and SpeechSynthesisUtterance. Returns nothing; the log is `globalThis.__spoken`.
 */
const STUB = `(langs) => {
  const log = [];
  const voices = langs.map((lang) => ({ lang, name: 'stub ' + lang, voiceURI: 'stub-' + lang, localService: true, default: false }));
  class Utterance {
    constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.rate = 1; }
  }
  const synth = {
    getVoices: () => voices,
    speak: (u) => log.push({ text: u.text, lang: u.lang, voice: u.voice ? u.voice.lang : null, rate: u.rate }),
    cancel() {},
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
  globalThis.SpeechSynthesisUtterance = Utterance;
  globalThis.__spoken = log;
  return true;
}`;
const SPOKEN = `() => globalThis.__spoken || null`;

const send = (d, tabId, msg) => d.ext(async ([id, m]) => (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(id, m), [tabId, msg]);
const status = (d, tabId) => send(d, tabId, { type: 'get-status' });

/** Move the pointer onto the first character of `word` in a paragraph. */
async function pointAt(page, word) {
  const pt = await textPoint(page, word);
  await page.mouse.move(pt.x - 40, pt.y);
  await page.mouse.move(pt.x, pt.y);
}

export function speechScenarios(d, srv) {
  const setSettings = (settings) =>
    d.ext(async (s) => {
      const b = globalThis.browser ?? globalThis.chrome;
      await b.storage.sync.clear();
      if (s) await b.storage.sync.set({ settings: s });
    }, settings);

  async function open(file, voices) {
    const page = await d.openPage(srv.url(file));
    const tabId = await activeTab(d, { host: '127.0.0.1' });
    assert.equal(await d.contentWorld(page, tabId, STUB, voices), true, 'the stub is in the content script world');
    return { page, tabId };
  }
  const spoken = (page, tabId) => d.contentWorld(page, tabId, SPOKEN, null);

  /** Hover `word`, wait for its popup, press S; returns the popup's text. */
  async function hoverAndSpeak(page, tabId, word, reading) {
    await pointAt(page, word);
    const text = await poll(
      async () => {
        const t = await uiText(d, tabId);
        return reading.test(t) ? t : null;
      },
      { what: `the popup of ${word}` },
    );
    await page.keyboard.press('s');
    return text;
  }

  return {
    /**
     * The seed page (no lang, Traditional text, a mainland site's story): the hovered word and a
     * key sentence of the panel are read with zh-CN at the rate setting (1.2 here, not the default).
     */
    async seedWordAndSentence() {
      await setSettings({ speechRate: 1.2 });
      const { page, tabId } = await open('seed.html', ['en-US', 'zh-TW', 'zh-CN']);
      await poll(async () => (await status(d, tabId)).speech, { what: 'status: a Chinese voice' });
      const popup = await hoverAndSpeak(page, tabId, '重點', /zhòng/);
      assert.match(popup, /Read aloud/, 'the popup offers read-aloud');
      const word = await poll(async () => (await spoken(page, tabId))?.find((u) => u.text === '重點'), { what: '重點 spoken' });
      assert.deepEqual(word, { text: '重點', lang: 'zh-CN', voice: 'zh-CN', rate: 1.2 });

      await d.runCommand('toggle-panel', tabId);
      const panel = await findPanel(d, page, tabId);
      const sentence = (
        await poll(() => panel.texts('[data-key="sentence-0"]').then((t) => t[0] ?? null), { what: 'a key sentence' })
      ).trim();
      await poll(async () => (await panel.texts('[data-key="speak-0"]')).length === 1, { what: 'the key sentence read-aloud button' });
      await panel.click('[data-key="speak-0"]');
      const said = await poll(async () => (await spoken(page, tabId))?.find((u) => u.text === sentence), {
        what: 'the key sentence spoken',
      });
      assert.deepEqual(said, { text: sentence, lang: 'zh-CN', voice: 'zh-CN', rate: 1.2 });
      await setSettings(null);
      await page.close();
    },

    /** A Hong Kong page (lang zh-HK; Cantonese offered by default): zh-HK, the default rate 0.9. */
    async hongKongWord() {
      await setSettings(null);
      const { page, tabId } = await open('hk.html', ['zh-CN', 'zh-HK', 'zh-TW']);
      const popup = await hoverAndSpeak(page, tabId, '銀行', /yín/);
      assert.match(popup, /ngan4/, 'the popup shows Jyutping on a Hong Kong page');
      const u = await poll(async () => (await spoken(page, tabId))?.find((x) => x.text === '銀行'), { what: '銀行 spoken' });
      assert.deepEqual(u, { text: '銀行', lang: 'zh-HK', voice: 'zh-HK', rate: 0.9 });
      await page.close();
    },

    /** No Chinese voice: no read-aloud in the popup nor the panel, S does nothing, status says so. */
    async noChineseVoiceNoControl() {
      await setSettings(null);
      const { page, tabId } = await open('seed.html', ['en-US', 'fr-FR']);
      const popup = await hoverAndSpeak(page, tabId, '重點', /zhòng/);
      assert.doesNotMatch(popup, /Read aloud/, 'no read-aloud button without a Chinese voice');
      assert.equal((await status(d, tabId)).speech, false);
      await d.runCommand('toggle-panel', tabId);
      const panel = await findPanel(d, page, tabId);
      await poll(() => panel.texts('[data-key="sentence-0"]').then((t) => t.length > 0), { what: 'the key sentences' });
      assert.deepEqual(await panel.texts('[data-key^="speak-"]'), [], 'no read-aloud button in the panel');
      assert.deepEqual(await spoken(page, tabId), [], 'nothing was spoken');
      await page.close();
    },
  };
}
