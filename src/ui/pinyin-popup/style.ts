/** The popup's CSS, inserted into the shadow root (never into the page). */
export const POPUP_CSS = `
.dubao-py-popup { position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: min(340px, calc(100vw - 16px));
  overflow: auto; padding: 10px 12px; border-radius: 8px; background: #fffdf7; color: #1d1d1f;
  border: 1px solid #d8d2c4; box-shadow: 0 4px 18px rgba(0,0,0,.18); font: 14px/1.45 system-ui, sans-serif; }
.dubao-py-popup[hidden] { display: none; }
.dubao-py-head { display: flex; align-items: baseline; gap: 10px; flex-wrap: wrap; }
.dubao-py-word { font-size: 24px; font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
.dubao-py-alt { font-size: 18px; color: #6b6b6b; }
.dubao-py-reading { font-size: 17px; margin: 2px 0 6px; }
.dubao-py-defs { margin: 0; padding-left: 18px; }
.dubao-py-defs li { margin: 1px 0; }
.dubao-py-level { margin-left: auto; font-size: 11px; padding: 1px 6px; border-radius: 9px; border: 1px solid #c9bfa6; color: #6b5d3a; white-space: nowrap; }
.dubao-py-char { margin-top: 6px; padding-top: 4px; border-top: 1px solid #e6e0d2; font-size: 13px; color: #4a4a4a; }
.dubao-py-char-head { font-weight: 600; }
.dubao-py-none { color: #6b6b6b; font-style: italic; }
.dubao-py-colors .t1 { color: #d12f2f; } .dubao-py-colors .t2 { color: #e08a00; }
.dubao-py-colors .t3 { color: #2f9e44; } .dubao-py-colors .t4 { color: #1c6ed6; } .dubao-py-colors .t5 { color: #777; }
@media (prefers-color-scheme: dark) {
  .dubao-py-popup { background: #23221f; color: #f1efe8; border-color: #4a463d; }
  .dubao-py-alt, .dubao-py-level { margin-left: auto; font-size: 11px; padding: 1px 6px; border-radius: 9px; border: 1px solid #c9bfa6; color: #6b5d3a; white-space: nowrap; }
.dubao-py-char { margin-top: 6px; padding-top: 4px; border-top: 1px solid #e6e0d2; font-size: 13px; color: #4a4a4a; }
.dubao-py-char-head { font-weight: 600; }
.dubao-py-none { color: #b1ada3; }
}
.dubao-py-add { margin-top: 6px; font: inherit; font-size: 12px; padding: 2px 8px; border-radius: 4px; border: 1px solid currentColor; background: transparent; color: inherit; cursor: pointer; opacity: .8; }
.dubao-py-known, .dubao-py-speak { margin-left: 6px; }
.dubao-py-jyutping { font-size: 15px; margin: -4px 0 6px; color: #5a4a8a; }
.dubao-py-add:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.dubao-py-add:disabled { cursor: default; opacity: .6; }
`;
