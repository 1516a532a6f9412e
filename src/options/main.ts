/** Options page: the defaults (storage.sync, validated by the settings schema). */
import browser from 'webextension-polyfill';
import { parseSettings, SPEECH_RATE, VARIANTS, type Settings } from '../core/settings/schema';
import { lastSaveError, loadSettings, onSaveNotice, saveSettings } from '../platform/settings-store';
import { localise, t } from '../platform/i18n';
import { exportKnown, importKnown, loadKnown, onKnownChanged } from '../platform/known-words';

const LABELS: Record<string, string> = { cn: 'scriptCn', t: 'scriptT', tw: 'scriptTw', twp: 'scriptTwp', hk: 'scriptHk' };
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function main(): Promise<void> {
  localise(document);
  document.documentElement.lang = browser.i18n.getUILanguage();
  onSaveNotice((text) => {
    if (text) $('saved').textContent = text;
  });
  void lastSaveError().then((text) => text && ($('saved').textContent = text));
  let settings = await loadSettings();
  const cycle = $('cycle');
  for (const v of VARIANTS) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = v;
    box.name = 'scriptCycle';
    box.checked = settings.scriptCycle.includes(v);
    label.append(box, ' ', t(LABELS[v]!));
    cycle.append(label);
  }
  $<HTMLSelectElement>('convertScope').value = settings.convertScope;
  $<HTMLInputElement>('hoverPinyin').checked = settings.hoverPinyin;
  $<HTMLSelectElement>('pinyinStyle').value = settings.pinyinStyle;
  $<HTMLInputElement>('toneColors').checked = settings.toneColors;
  $<HTMLInputElement>('cleanArtefacts').checked = settings.cleanArtefacts;
  $<HTMLSelectElement>('levelList').value = settings.levelList;
  $<HTMLSelectElement>('learnerLevel').value = String(settings.learnerLevel);
  $<HTMLSelectElement>('rubyMode').value = settings.rubyMode;
  $<HTMLInputElement>('underlineUnknown').checked = settings.underlineUnknown;
  $<HTMLSelectElement>('chineseReading').value = settings.chineseReading;
  const rate = $<HTMLSelectElement>('speechRate');
  for (let k = Math.round(SPEECH_RATE.min * 10); k <= Math.round(SPEECH_RATE.max * 10); k += Math.round(SPEECH_RATE.step * 10)) {
    const o = document.createElement('option');
    o.value = String(k / 10);
    o.textContent = `${k / 10}×`;
    rate.append(o);
  }
  rate.value = String(settings.speechRate);
  const levelSeven = () => ($('learnerLevel7').textContent = $<HTMLSelectElement>('levelList').value === 'hsk2' ? '—' : '7–9');
  levelSeven();
  void knownWords();

  $('form').addEventListener('change', async () => {
    const checked = [...document.querySelectorAll<HTMLInputElement>('input[name=scriptCycle]:checked')].map((b) => b.value);
    const next: Settings = parseSettings({
      ...(await loadSettings()),
      scriptCycle: checked,
      convertScope: $<HTMLSelectElement>('convertScope').value,
      hoverPinyin: $<HTMLInputElement>('hoverPinyin').checked,
      pinyinStyle: $<HTMLSelectElement>('pinyinStyle').value,
      toneColors: $<HTMLInputElement>('toneColors').checked,
      cleanArtefacts: $<HTMLInputElement>('cleanArtefacts').checked,
      levelList: $<HTMLSelectElement>('levelList').value,
      learnerLevel: Number($<HTMLSelectElement>('learnerLevel').value),
      rubyMode: $<HTMLSelectElement>('rubyMode').value,
      underlineUnknown: $<HTMLInputElement>('underlineUnknown').checked,
      chineseReading: $<HTMLSelectElement>('chineseReading').value,
      speechRate: Number($<HTMLSelectElement>('speechRate').value),
    });
    levelSeven();
    settings = next;
    try {
      await saveSettings(next);
      $('saved').textContent = t('optSaved');
      document.body.dataset.saved = String(Date.now());
    } catch {
      // onSaveNotice shows "not saved: …"; the store retries.
    }
  });
}

/** Known words: the count, import of a word list file, export as a plain list. */
async function knownWords(): Promise<void> {
  const count = (n: number) => ($('knownCount').textContent = t('optKnownCount', String(n)));
  count((await loadKnown()).length);
  onKnownChanged((list) => count(list.length));
  $<HTMLInputElement>('knownImport').addEventListener('change', async (e) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const r = await importKnown(await file.text());
    $('knownResult').textContent = t('optKnownImported', String(r.added), String(r.refused));
    count(r.list.length);
    input.value = '';
  });
  $('knownExport').addEventListener('click', async () => {
    const url = URL.createObjectURL(new Blob([await exportKnown()], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'dubao-known-words.txt';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
}

void main();
