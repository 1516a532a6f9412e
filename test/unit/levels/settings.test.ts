import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/core/settings/schema';

describe('learner settings', () => {
  test('defaults: HSK 3.0, no level, ruby over every word, Cantonese offered on Hong Kong pages', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ levelList: 'hsk3', learnerLevel: 0, rubyMode: 'all', chineseReading: 'auto' });
  });
  test.each([
    [
      { levelList: 'hsk2', learnerLevel: 4, rubyMode: 'above-level', chineseReading: 'both' },
      { levelList: 'hsk2', learnerLevel: 4, rubyMode: 'above-level', chineseReading: 'both' },
    ],
    [
      { levelList: 'hsk9', learnerLevel: 8, rubyMode: 'some', chineseReading: 'wu' },
      { levelList: 'hsk3', learnerLevel: 0, rubyMode: 'all', chineseReading: 'auto' },
    ],
    [{ learnerLevel: 2.5 }, { learnerLevel: 0 }],
    [{ learnerLevel: 7 }, { learnerLevel: 7 }],
  ])('%j is read as %j', (raw, want) => {
    expect(parseSettings(raw)).toMatchObject(want);
  });
});
