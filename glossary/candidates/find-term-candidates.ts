/**
 * Term candidates for the glossary: frequent Chinese n-grams that no glossary term covers, and
 * names (capitalised Latin word sequences; Chinese strings ending in a generic suffix such as
 * 市/区/公司/大桥). Pure: segments in, ranked candidates out.
 */
import type { TermMatch, TermMatcher } from '../match/types';

export interface CandidateSegment {
  id: string | number;
  source: string;
}

export interface CandidateOptions {
  /** Minimum occurrences of an n-gram (default 2). */
  minCount?: number;
  /** Minimum occurrences of a name (default 1). */
  minNameCount?: number;
  /** Minimum n-gram length (default 2). */
  minLen?: number;
  /** Maximum n-gram length (default 8). */
  maxLen?: number;
  /** Maximum number of candidates returned (default 100). */
  limit?: number;
}

export interface TermCandidate {
  text: string;
  count: number;
  /** Up to 3 segment ids where it occurs, in input order. */
  examples: (string | number)[];
  kind: 'ngram' | 'name';
}

/** Generic name suffixes (longest first when matching). */
export const NAME_SUFFIXES = [
  '研究院', '大桥', '公司', '集团', '大学', '学院', '中心', '医院', '银行', '机场', '新区', '街道', '高速', '铁路',
  '省', '市', '区', '县', '镇', '乡', '村',
].sort((a, b) => b.length - a.length);

/** Characters that never start or end an n-gram candidate, and that bound a name on its left. */
const STOP = new Set('的了和与及在是对将把被为等也都而并从到由向于之其这那已以或但就还又更很最各该每此本全我'.split(''));
/** Characters that cannot start a name (deictic or quantity prefixes: 该市, 全区, 两县). */
const NAME_BAD_START = new Set('该全本各我此每其个两一二三四五六七八九十几多'.split(''));

const HAN = /\p{Script=Han}+/gu;
const LATIN_NAME = /(?<![A-Za-z0-9])[A-Z][A-Za-z0-9&'.-]*(?: [A-Z][A-Za-z0-9&'.-]*)*/gu;

interface Tally {
  count: number;
  examples: (string | number)[];
  kind: 'ngram' | 'name';
}

function add(map: Map<string, Tally>, text: string, id: string | number, kind: Tally['kind']): void {
  let t = map.get(text);
  if (!t) {
    t = { count: 0, examples: [], kind };
    map.set(text, t);
  }
  t.count++;
  if (t.examples.length < 3 && !t.examples.includes(id)) t.examples.push(id);
}

/** Uncovered Han runs of a source: [start, end) pieces not crossing punctuation or glossary matches. */
function uncoveredHanRuns(source: string, matches: readonly TermMatch[]): [number, number][] {
  const covered = new Uint8Array(source.length);
  for (const m of matches) covered.fill(1, m.start, m.end);
  const runs: [number, number][] = [];
  HAN.lastIndex = 0;
  for (let m = HAN.exec(source); m; m = HAN.exec(source)) {
    let s = -1;
    for (let i = m.index; i <= m.index + m[0].length; i++) {
      const inside = i < m.index + m[0].length && covered[i] === 0;
      if (inside && s === -1) s = i;
      else if (!inside && s !== -1) {
        runs.push([s, i]);
        s = -1;
      }
    }
  }
  return runs;
}

/** Common nouns built on a suffix character: never names on their own (山区, 农村, 有限公司…). */
const GENERIC = new Set([
  '地区', '山区', '园区', '社区', '景区', '辖区', '城区', '郊区', '片区', '湾区', '市区', '区县', '县区', '小区', '服务区',
  '农村', '乡村', '城市', '都市', '超市', '市场', '集市', '城镇', '乡镇', '村镇', '行政村', '自然村',
  '有限公司', '分公司', '子公司', '总公司', '股份公司', '分中心',
]);

/**
 * Names in a Han run: a suffix of one character (市, 区, 县…) takes a two-character base (潼南区,
 * 崇龛镇); a longer suffix (公司, 大桥, 机场…) takes the text back to a natural left boundary (a
 * function character, the previous name or the run start) within `maxLen`, else a two-character base.
 */
function findNames(run: string, maxLen: number): string[] {
  const names: string[] = [];
  let boundary = 0; // a name never starts before the end of the previous name
  for (let i = 0; i < run.length; i++) {
    const suffix = NAME_SUFFIXES.find((sfx) => run.startsWith(sfx, i));
    if (!suffix) continue;
    const end = i + suffix.length;
    let start = i - 2;
    if (suffix.length > 1) {
      let s = i;
      const lowest = Math.max(boundary, end - maxLen);
      while (s > lowest && !STOP.has(run[s - 1]!)) s--;
      if (s === boundary || STOP.has(run[s - 1]!)) start = s;
    }
    const name = run.slice(start, end);
    const base = run.slice(start, i);
    const generic =
      GENERIC.has(name) || GENERIC.has(base) || [...GENERIC].some((g) => name.endsWith(g) && name.length - g.length < 2);
    const plausible =
      start >= boundary &&
      base.length >= 2 &&
      !NAME_BAD_START.has(base[0]!) &&
      !NAME_BAD_START.has(base[base.length - 1]!) && // 全市, 各区
      ![...base].some((ch) => STOP.has(ch)) &&
      !generic;
    if (plausible) {
      names.push(name);
      boundary = end;
    }
    i = end - 1;
  }
  return names;
}

export function findTermCandidates(
  segments: readonly CandidateSegment[],
  matcher: TermMatcher,
  options: CandidateOptions = {},
): TermCandidate[] {
  const minCount = options.minCount ?? 2;
  const minNameCount = options.minNameCount ?? 1;
  const minLen = Math.max(2, options.minLen ?? 2);
  const maxLen = options.maxLen ?? 8;
  const limit = options.limit ?? 100;
  const grams = new Map<string, Tally>();
  const names = new Map<string, Tally>();

  for (const seg of segments) {
    const covered = matcher.match(seg.source);
    for (const [s, e] of uncoveredHanRuns(seg.source, covered)) {
      const run = seg.source.slice(s, e);
      for (let i = 0; i < run.length; i++) {
        if (STOP.has(run[i]!)) continue;
        for (let n = minLen; n <= maxLen && i + n <= run.length; n++) {
          if (STOP.has(run[i + n - 1]!)) continue;
          add(grams, run.slice(i, i + n), seg.id, 'ngram');
        }
      }
      for (const name of findNames(run, maxLen)) add(names, name, seg.id, 'name');
    }
    LATIN_NAME.lastIndex = 0;
    for (let m = LATIN_NAME.exec(seg.source); m; m = LATIN_NAME.exec(seg.source)) {
      const text = m[0].replace(/[.'-]+$/, '');
      if (text.length < 2) continue;
      if (covered.some((c) => c.start < m!.index + text.length && m!.index < c.end)) continue;
      add(names, text, seg.id, 'name');
    }
  }

  // Substring suppression: drop an n-gram that only ever occurs inside one longer candidate.
  const frequent = [...grams].filter(([, t]) => t.count >= minCount);
  const suppressed = new Set<string>();
  for (const [text, tally] of frequent) {
    for (let i = 0; i < text.length; i++) {
      for (let j = i + minLen; j <= text.length; j++) {
        if (j - i === text.length) continue;
        const sub = text.slice(i, j);
        if (grams.get(sub)?.count === tally.count) suppressed.add(sub);
      }
    }
  }

  const out = new Map<string, TermCandidate>();
  for (const [text, t] of frequent) if (!suppressed.has(text)) out.set(text, { text, ...t });
  for (const [text, t] of names) {
    if (t.count < minNameCount) continue;
    const prev = out.get(text);
    if (prev) prev.kind = 'name';
    else out.set(text, { text, ...t });
  }
  return [...out.values()]
    .sort((a, b) => b.count - a.count || b.text.length - a.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .slice(0, limit);
}
