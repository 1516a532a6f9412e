/** The JSON export: the whole report with a format tag, pretty-printed. */
import type { Report } from './model';

export const JSON_FORMAT = 'dubao-summary/1';

export function reportJson(r: Report, exportedAt: Date = new Date()): string {
  return JSON.stringify({ format: JSON_FORMAT, exportedAt: exportedAt.toISOString(), ...r }, null, 2) + '\n';
}
