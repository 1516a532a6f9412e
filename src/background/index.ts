/**
 * Background service worker (Chrome) / event page (Firefox): keyboard commands, the context menu,
 * and the automation hook `globalThis.dubao.runCommand(name, tabId?)`. Every incoming message is
 * validated with parseMessage; the worker keeps no state of its own.
 */
import browser from 'webextension-polyfill';
import { isCommandName, parseMessage, type CommandName } from '../core/messages/protocol';
import { t } from '../platform/i18n';

const MENU: Array<{ id: CommandName; title: string }> = [
  { id: 'toggle-panel', title: 'menuTogglePanel' },
  { id: 'cycle-script', title: 'menuCycleScript' },
  { id: 'toggle-pinyin', title: 'menuTogglePinyin' },
];

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/** Do exactly what the keyboard shortcut of `commands[name]` does. */
export async function runCommand(name: string, tabId?: number): Promise<boolean> {
  if (!isCommandName(name)) throw new Error(`unknown command: ${name}`);
  const id = tabId ?? (await activeTabId());
  if (id === undefined) return false;
  try {
    await browser.tabs.sendMessage(id, { type: 'command', command: name });
    return true;
  } catch {
    // No content script in this tab (browser pages, the store, a tab opened before install).
    return false;
  }
}

browser.commands.onCommand.addListener((name: string, tab?: browser.Tabs.Tab) => {
  if (isCommandName(name)) void runCommand(name, tab?.id);
});

browser.runtime.onInstalled.addListener(() => {
  void browser.contextMenus.removeAll().then(() => {
    for (const m of MENU) {
      browser.contextMenus.create({ id: m.id, title: t(m.title), contexts: ['page', 'selection'] });
    }
  });
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  const id = String(info.menuItemId);
  if (isCommandName(id)) void runCommand(id, tab?.id);
});

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  const msg = parseMessage(raw);
  if (msg?.type === 'run-command') return runCommand(msg.command, msg.tabId);
  // The panel's summary, off the page's main thread (Firefox's event page; see content/features/panel.ts).
  if (msg?.type === 'summarize' && sender.id === browser.runtime.id) {
    return import('../core/summary/index').then((m) => m.summarize(msg.text, msg.options));
  }
  if (msg?.type === 'difficulty' && sender.id === browser.runtime.id) {
    return import('../platform/difficulty').then((m) => m.difficultyAtSettings(msg.text, msg.entities));
  }
  return undefined;
});

/** For tests: what Dubao's page UI in that tab shows (the pinyin popup; the panel is a frame of its own). */
async function ui(tabId: number): Promise<{ text: string } | null> {
  try {
    return (await browser.tabs.sendMessage<unknown, { text: string } | undefined>(tabId, { type: 'get-ui' })) ?? null;
  } catch {
    return null;
  }
}

/** For tests: the panel in that tab (`{ name, text, box, texts, rect }` for `selector`), or null. */
async function panel(tabId: number, selector: string | null = null): Promise<unknown> {
  try {
    return (await browser.tabs.sendMessage(tabId, { type: 'get-panel', selector })) ?? null;
  } catch {
    return null;
  }
}

(globalThis as unknown as { dubao: { runCommand: typeof runCommand; ui: typeof ui; panel: typeof panel } }).dubao = {
  runCommand,
  ui,
  panel,
};
