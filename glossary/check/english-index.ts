/**
 * A word trie over every English rendering (preferred, admitted, forbidden) of a glossary.
 * One scan of a target's tokens finds all rendering occurrences, whatever the glossary size:
 * cost = tokens × (depth of the longest rendering that shares a prefix), independent of the
 * number of concepts. Inner words compare on `norm`, the last word on `stem` (plural and
 * possessive tolerant); case-sensitive renderings also compare the original case.
 */
import type { Concept, TermStatus } from '../model';
import { tokenize, type Token } from './english-tokens';

export interface RenderingRef {
  conceptId: number;
  status: TermStatus;
  text: string;
  caseSensitive: boolean;
  /** Number of words (and sentence-punctuation tokens) in the rendering. */
  length: number;
  /** Original-case forms of the words (inner words as `cased`, the last as `casedStem`); only for case-sensitive renderings. */
  cased: string[] | null;
}

export interface RenderingHit {
  ref: RenderingRef;
  /** Character range in the target. */
  start: number;
  end: number;
}

export interface EnglishIndex {
  scan(tokens: readonly Token[]): RenderingHit[];
  readonly size: number;
}

export function buildEnglishIndex(concepts: Iterable<Concept>): EnglishIndex {
  const edges = new Map<string, number>(); // `${node}\u0001${norm}` -> child node
  const ends = new Map<string, RenderingRef[]>(); // `${node}\u0002${stem}` -> renderings ending here
  let nodes = 1;
  let size = 0;
  for (const concept of concepts) {
    for (const term of concept.terms) {
      if (term.lang !== 'en') continue;
      const tokens = tokenize(term.text);
      if (tokens.length === 0) continue;
      let node = 0;
      for (let k = 0; k < tokens.length - 1; k++) {
        const key = `${node}\u0001${tokens[k]!.norm}`;
        let next = edges.get(key);
        if (next === undefined) {
          next = nodes++;
          edges.set(key, next);
        }
        node = next;
      }
      const key = `${node}\u0002${tokens[tokens.length - 1]!.stem}`;
      const ref: RenderingRef = {
        conceptId: concept.id,
        status: term.status,
        text: term.text,
        caseSensitive: term.caseSensitive,
        length: tokens.length,
        cased: term.caseSensitive ? tokens.map((t, k) => (k === tokens.length - 1 ? t.casedStem : t.cased)) : null,
      };
      const list = ends.get(key);
      if (list) list.push(ref);
      else ends.set(key, [ref]);
      size++;
    }
  }

  const caseOk = (ref: RenderingRef, target: readonly Token[], from: number): boolean => {
    const cased = ref.cased ?? [];
    const n = cased.length;
    for (let k = 0; k < n - 1; k++) if (cased[k] !== target[from + k]!.cased) return false;
    return cased[n - 1] === target[from + n - 1]!.casedStem;
  };

  return {
    size,
    scan(tokens) {
      const hits: RenderingHit[] = [];
      for (let j = 0; j < tokens.length; j++) {
        let node = 0;
        for (let k = j; k < tokens.length; k++) {
          const tok = tokens[k]!;
          const refs = ends.get(`${node}\u0002${tok.stem}`);
          if (refs) {
            for (const ref of refs) {
              if (ref.caseSensitive && !caseOk(ref, tokens, j)) continue;
              hits.push({ ref, start: tokens[j]!.start, end: tok.end });
            }
          }
          const next = edges.get(`${node}\u0001${tok.norm}`);
          if (next === undefined) break;
          node = next;
        }
      }
      return hits;
    },
  };
}
