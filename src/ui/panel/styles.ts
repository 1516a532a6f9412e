/** The panel's CSS (inserted in the shadow root): light and dark from the system, visible focus. */

export const PANEL_MIN_WIDTH = 240;
export const PANEL_MAX_WIDTH = 800;
export const PANEL_COLLAPSED_WIDTH = 44;

export const PANEL_CSS = `
.dubao-panel {
  --bg: #ffffff; --fg: #1d1d1f; --muted: #5f6368; --line: #dadce0; --soft: #f3f4f6;
  --accent: #0b57d0; --accent-fg: #ffffff; --warn-bg: #fff4e5; --warn-line: #f0a020; --hit: #ffe08a;
  position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483646;
  display: flex; flex-direction: column;
  background: var(--bg); color: var(--fg);
  border-left: 1px solid var(--line); box-shadow: -2px 0 8px rgba(0,0,0,.08);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  text-align: left; direction: ltr; letter-spacing: normal; word-break: normal; overflow-wrap: anywhere;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  .dubao-panel {
    --bg: #1f2023; --fg: #e8eaed; --muted: #a0a4aa; --line: #3c4043; --soft: #2b2d31;
    --accent: #8ab4f8; --accent-fg: #0b1a33; --warn-bg: #3a2c12; --warn-line: #c98a1a; --hit: #6b5a1a;
    color-scheme: dark;
  }
}
.dubao-panel * { box-sizing: border-box; }
.dubao-panel [hidden] { display: none !important; }
.dubao-panel :focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 3px; }
.resize {
  position: absolute; left: -4px; top: 0; bottom: 0; width: 8px; cursor: ew-resize; touch-action: none;
  background: transparent;
}
.resize:hover, .resize:focus-visible, .resize.dragging { background: var(--accent); opacity: .5; }
.bar { display: flex; align-items: center; gap: 4px; padding: 8px 8px 8px 14px; border-bottom: 1px solid var(--line); }
.brand { flex: 1; margin: 0; font-size: 15px; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.icon { border: 1px solid transparent; background: transparent; color: var(--fg); border-radius: 6px;
  width: 30px; height: 30px; font-size: 16px; line-height: 1; cursor: pointer; padding: 0; }
.icon:hover { background: var(--soft); border-color: var(--line); }
.body { flex: 1; overflow-y: auto; padding: 4px 14px 16px; overscroll-behavior: contain; }
.collapsed .body, .collapsed .brand, .collapsed .resize, .collapsed .close { display: none; }
.collapsed .bar { flex-direction: column; padding: 8px 6px; border-bottom: 0; }
section { margin: 14px 0 0; }
h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 0 0 6px; font-weight: 600; }
h3 { font-size: 13px; margin: 8px 0 4px; font-weight: 600; }
.headline { font-size: 17px; line-height: 1.4; margin: 10px 0 6px; font-weight: 700; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; font-size: 13px; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.warn { background: var(--warn-bg); border-left: 3px solid var(--warn-line); padding: 6px 8px; margin: 6px 0; font-size: 13px; border-radius: 4px; }
.warn button { margin-left: 6px; }
.empty { color: var(--muted); font-size: 13px; margin: 4px 0; }
button.act, .controls select {
  font: inherit; font-size: 13px; color: var(--fg); background: var(--soft); border: 1px solid var(--line);
  border-radius: 6px; padding: 3px 10px; cursor: pointer;
}
button.act:hover { border-color: var(--accent); }
button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
.controls { display: grid; gap: 6px; font-size: 13px; }
.controls label { display: flex; align-items: center; gap: 8px; }
table.figures { width: 100%; border-collapse: collapse; font-size: 13px; }
table.figures th { text-align: left; color: var(--muted); font-weight: 600; border-bottom: 1px solid var(--line); padding: 3px 4px; }
table.figures td { border-bottom: 1px solid var(--line); padding: 3px 4px; vertical-align: top; }
table.figures tr.current td { background: var(--hit); }
.link { font: inherit; color: var(--accent); background: none; border: 0; padding: 0; margin: 0; cursor: pointer; text-align: left; }
.link:hover { text-decoration: underline; }
.value { font-weight: 600; white-space: nowrap; }
ul.list, ol.list { margin: 0; padding: 0 0 0 2px; list-style: none; }
ul.chips { display: flex; flex-wrap: wrap; gap: 4px; margin: 0; padding: 0; list-style: none; }
ul.chips button { font: inherit; font-size: 13px; color: var(--fg); background: var(--soft); border: 1px solid var(--line);
  border-radius: 999px; padding: 1px 9px; cursor: pointer; }
ul.chips button:hover { border-color: var(--accent); }
.role, .count { color: var(--muted); font-size: 12px; }
.count { margin-left: 4px; }
ol.list li { margin: 0 0 6px; }
ol.list button { font: inherit; font-size: 13px; color: var(--fg); background: none; border: 0; padding: 2px 0; text-align: left; cursor: pointer; }
ol.list button:hover { color: var(--accent); }
.out { display: flex; flex-wrap: wrap; gap: 6px; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.toast { font-size: 12px; color: var(--muted); min-height: 1.5em; margin: 4px 0 0; }
@media (prefers-reduced-motion: no-preference) { .dubao-panel { transition: width .12s ease-out; } .dubao-panel.dragging { transition: none; } }
`;
