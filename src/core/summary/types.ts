/** Public result types of the summary engine (re-exported by index.ts). */

/** UTF-16 offsets into the original text, end exclusive. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Figure {
  start: number;
  end: number;
  /** As written, e.g. 1500项以上, 135亿元, 25％. */
  value: string;
  /** Normalised: magnitudes applied, percent kept as percent value; lower bound of a range. */
  number: number | null;
  /** Upper bound of a range (140至160公里). */
  numberMax?: number | null;
  unit: string | null;
  /** count, money, percent, pp, change, quantity, duration, fraction, multiple, age… */
  kind: string;
  /** What the number measures, as a span of the text. */
  measure: Span | null;
  qualifier: string | null;
  sentence: Span;
  /** Every place the text gives this value for this measure (the first is start/end), when rows are merged. */
  mentions?: Array<{ start: number; end: number }>;
}

export interface Mention {
  start: number;
  end: number;
}

export interface Entity {
  text: string;
  type: 'PER' | 'LOC' | 'ORG' | 'DOC';
  role?: string | null;
  aliases?: string[];
  mentions: Mention[];
  salience: number;
}

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; --MM-DD when the year is unknown. */
  iso: string;
}

export interface Summary {
  figures: Figure[];
  entities: { people: Entity[]; places: Entity[]; organizations: Entity[]; documents: Entity[] };
  dates: DateMention[];
  keySentences: Span[];
}

export interface SummaryOptions {
  publishedAt?: string | null;
  keySentences?: number;
  title?: string | null;
  /** byline metadata from article detection, so reporter/editor get roles */
  author?: string | null;
  editor?: string | null;
}
