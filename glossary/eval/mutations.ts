/**
 * Deterministic (seeded) faulty and benign copies of correct sentence pairs, each labelled with the
 * checks that should fire on it. Used to measure precision and recall of checkSegment.
 */
import type { Concept, QaCheck } from '../model';
import { extractTargetNumbers, MONTH_NAMES, sameNumber, SMALL_NUMBER_WORDS } from '../check/numbers-en';
import { extractSourceNumbers } from '../check/numbers-zh';
import { preferredZh } from '../match/compile-terms';
import type { ReferencePair } from './fixture-glossary';

export const FAULTS = ['forbidden-swap', 'delete-rendering', 'change-number', 'leave-chinese', 'empty-target', 'near-miss'] as const;
export const BENIGN = ['change-case', 'pluralise', 'hyphen-space'] as const;
export type MutationKind = (typeof FAULTS)[number] | (typeof BENIGN)[number] | 'clean';

export interface FaultyCopy {
  pairId: string;
  kind: MutationKind;
  source: string;
  target: string;
  /** The check this mutation is meant to trigger (null for benign and clean copies). */
  primary: QaCheck | null;
  /** Checks that may legitimately fire (collateral of the same mutation). */
  expected: QaCheck[];
}

/** mulberry32: a small deterministic PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SMALL = SMALL_NUMBER_WORDS.slice(0, 11); // zero..ten

function countCi(text: string, needle: string): number {
  const t = text.toLowerCase();
  const n = needle.toLowerCase();
  let c = 0;
  for (let at = t.indexOf(n); at !== -1; at = t.indexOf(n, at + n.length)) c++;
  return c;
}

function replaceAt(text: string, start: number, end: number, by: string): string {
  return (text.slice(0, start) + by + text.slice(end)).replace(/ {2,}/g, ' ');
}

function pluralise(phrase: string, variant: number): string {
  const m = /^(.*?)(\w+)$/s.exec(phrase);
  if (!m) return phrase;
  const w = m[2]!;
  const plural = /[^aeiou]y$/i.test(w) ? w.slice(0, -1) + 'ies' : /(?:s|x|z|ch|sh)$/i.test(w) ? w + 'es' : w + 's';
  const forms = [plural, `${w}'s`, `${plural}'`, `${w}’s`];
  return m[1]! + forms[variant % forms.length]!;
}

export function makeFaultyCopies(pairs: readonly ReferencePair[], concepts: readonly Concept[], seed = 20200414): FaultyCopy[] {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const byZh = new Map(concepts.map((c) => [preferredZh(c), c]));
  const out: FaultyCopy[] = [];

  for (const p of pairs) {
    const base = { pairId: p.id, source: p.zh };
    out.push({ ...base, kind: 'clean', target: p.en, primary: null, expected: [] });
    if (p.zh.trim() !== '') out.push({ ...base, kind: 'empty-target', target: '', primary: 'untranslated', expected: ['untranslated'] });

    for (const [zh, used] of p.terms) {
      const concept = byZh.get(zh);
      const at = p.en.toLowerCase().indexOf(used.toLowerCase());
      if (!concept || at === -1) continue;
      const end = at + used.length;
      const shown = p.en.slice(at, end);
      const missing: QaCheck = countCi(p.en, used) > 1 ? 'term-count' : 'term-missing';
      const termChecks: QaCheck[] = ['term-missing', 'term-count'];

      const forbidden = concept.terms.filter((t) => t.lang === 'en' && t.status === 'forbidden');
      if (forbidden.length > 0) {
        out.push({
          ...base,
          kind: 'forbidden-swap',
          target: replaceAt(p.en, at, end, pick(forbidden).text),
          primary: 'term-forbidden',
          expected: ['term-forbidden', ...termChecks],
        });
      }
      out.push({ ...base, kind: 'delete-rendering', target: replaceAt(p.en, at, end, ''), primary: missing, expected: termChecks });
      out.push({ ...base, kind: 'leave-chinese', target: replaceAt(p.en, at, end, zh), primary: 'untranslated', expected: ['untranslated', ...termChecks] });
      out.push({ ...base, kind: 'near-miss', target: replaceAt(p.en, at, end, shown + 'scape'), primary: missing, expected: termChecks });

      if (!concept.terms.some((t) => t.lang === 'en' && t.caseSensitive)) {
        const cased = pick([shown.toUpperCase(), shown.toLowerCase(), shown.replace(/\b\w/g, (c) => c.toUpperCase())]);
        out.push({ ...base, kind: 'change-case', target: replaceAt(p.en, at, end, cased), primary: null, expected: [] });
      }
      out.push({ ...base, kind: 'pluralise', target: replaceAt(p.en, at, end, pluralise(shown, Math.floor(random() * 4))), primary: null, expected: [] });
      const variant = shown.includes('-') ? shown.replace(/-/g, pick([' ', '–'])) : shown.replace(' ', '-');
      if (variant !== shown) out.push({ ...base, kind: 'hyphen-space', target: replaceAt(p.en, at, end, variant), primary: null, expected: [] });
    }

    // Change one number of the target whose value occurs only once there.
    const tgt = extractTargetNumbers(p.en);
    for (const n of extractSourceNumbers(p.zh).required) {
      if (n.kind === 'month') {
        const name = MONTH_NAMES[n.value - 1]!;
        const at = p.en.indexOf(name);
        if (at === -1) continue;
        const other = MONTH_NAMES[(n.value + Math.floor(random() * 10)) % 12]!;
        out.push({ ...base, kind: 'change-number', target: replaceAt(p.en, at, at + name.length, other), primary: 'number-mismatch', expected: ['number-mismatch'] });
        continue;
      }
      const hits = tgt.values.filter((t) => sameNumber(t.value, n.value));
      if (hits.length !== 1) continue;
      const h = hits[0]!;
      const text = p.en.slice(h.start, h.end);
      let changed: string;
      if (h.digits) {
        const m = /(\d)(?!.*\d)/.exec(text)!;
        const d = (Number(m[1]) + 1 + Math.floor(random() * 8)) % 10;
        changed = text.slice(0, m.index) + d + text.slice(m.index + 1);
      } else {
        const idx = SMALL.indexOf(text.toLowerCase());
        if (idx === -1) continue;
        changed = SMALL[(idx + 1 + Math.floor(random() * 9)) % SMALL.length]!;
      }
      out.push({ ...base, kind: 'change-number', target: replaceAt(p.en, h.start, h.end, changed), primary: 'number-mismatch', expected: ['number-mismatch'] });
    }
  }
  return out;
}
