/** CSV of the key figures (RFC 4180: quoted when needed, CRLF rows), safe to open in a spreadsheet. */
import { stripBidi } from '../text/bidi';
import type { ReportFigure } from './model';

/** One CSV field: quoted if it holds a comma, quote or line break; spreadsheet formulas neutralised. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = stripBidi(String(v));
  // A leading =, +, -, @ (or tab/CR) makes spreadsheets evaluate the cell; keep plain numbers like -3.5.
  if (/^[=+\-@\t\r]/.test(s) && !/^[+-]?\d[\d,.]*%?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const FIGURE_COLUMNS = ['value', 'number', 'unit', 'kind', 'measure', 'qualifier', 'sentence'] as const;

export function figuresCsv(figures: readonly ReportFigure[], opts: { bom?: boolean } = {}): string {
  const rows = [FIGURE_COLUMNS.join(',')];
  for (const f of figures) rows.push(FIGURE_COLUMNS.map((c) => csvField(f[c])).join(','));
  return (opts.bom ? '\ufeff' : '') + rows.join('\r\n') + '\r\n';
}
