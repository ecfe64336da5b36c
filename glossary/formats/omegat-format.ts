import type { ConceptInput, Term } from '../model';
import { guessCaseSensitive } from './case-sensitivity';
import { decodeText, encodeUtf8 } from './decode-text';
import type { GlossaryFormat } from './format-types';

/**
 * OmegaT's tab-separated glossary (`glossary/*.txt`, `*.utf8`, `*.tab`): `source⇥target⇥comment`, no header.
 * As OmegaT does: lines starting with `#` are comments, cells are trimmed, lines with fewer than two
 * cells or an empty source are skipped. Several lines with the same source and comment-less
 * duplicates make one concept: the first target is preferred, the others admitted.
 * Writing: one line per non-forbidden English term of a concept; the concept note is the comment
 * (tabs and line breaks become spaces). Forbidden terms, domain and definition are not carried.
 */
export const omegatFormat: GlossaryFormat = {
  id: 'omegat',
  extensions: ['.txt', '.utf8'],
  loses: ['forbidden-terms', 'domain', 'definition', 'term-notes', 'case-sensitivity', 'zh-synonyms'],
  async read(bytes) {
    const byZh = new Map<string, ConceptInput>();
    const out: ConceptInput[] = [];
    for (const line of decodeText(bytes).split(/\r\n|\n|\r/)) {
      if (line.startsWith('#')) continue;
      const cells = line.split('\t').map((c) => c.trim());
      const [zh = '', en = '', comment = ''] = cells;
      if (cells.length < 2 || !zh) continue;
      let c = byZh.get(zh);
      if (!c) {
        c = { domain: '', definition: '', note: comment, terms: [mk('zh', zh, 'preferred')] };
        byZh.set(zh, c);
        out.push(c);
      } else if (comment && !c.note.split('\n').includes(comment)) {
        c.note = c.note ? `${c.note}\n${comment}` : comment;
      }
      if (en && !c.terms.some((t) => t.lang === 'en' && t.text === en)) {
        c.terms.push(mk('en', en, c.terms.some((t) => t.lang === 'en') ? 'admitted' : 'preferred'));
      }
    }
    return out.filter((c) => c.terms.some((t) => t.lang === 'en'));
  },
  async write(concepts) {
    const clean = (s: string): string => s.replace(/[\t\r\n]+/g, ' ').trim();
    const lines = ['# Glossary in tab-separated format -*- coding: utf-8 -*-'];
    for (const c of concepts) {
      const zh = c.terms.find((t) => t.lang === 'zh' && t.status === 'preferred') ?? c.terms.find((t) => t.lang === 'zh');
      if (!zh) continue;
      const en = c.terms.filter((t) => t.lang === 'en' && t.status !== 'forbidden');
      en.sort((a, b) => Number(a.status !== 'preferred') - Number(b.status !== 'preferred'));
      for (const t of en) lines.push([clean(zh.text), clean(t.text), clean(c.note)].join('\t').replace(/\t$/, ''));
    }
    return encodeUtf8(lines.join('\n') + '\n');
  },
};

function mk(lang: Term['lang'], text: string, status: Term['status']): Term {
  return { lang, text, status, caseSensitive: guessCaseSensitive(lang, text), note: '' };
}
