import type { Concept } from '../model';
import type { Conflict } from './types';
import { mainZh, preferredEn, zhKeys } from './normalize-concept';

const fold = (s: string): string => s.trim().toLowerCase();

/**
 * Inconsistencies of a glossary (see `Conflict`). English is compared case-insensitively, so
 * "Liangjiang New Area" and "liangjiang new area" as preferred terms make a duplicate, not a conflict.
 * Output order: by zh text, then kind.
 */
export function findConflicts(concepts: readonly Concept[]): Conflict[] {
  const out: Conflict[] = [];
  const byZh = new Map<string, Concept[]>();
  for (const c of concepts) {
    for (const zh of new Set(zhKeys(c))) {
      let list = byZh.get(zh);
      if (!list) byZh.set(zh, (list = []));
      list.push(c);
    }
    out.push(...statusClashes(c));
  }
  for (const [zh, list] of byZh) {
    if (list.length < 2) continue;
    const byEn = new Map<string, { en: string; ids: number[] }>();
    for (const c of list) {
      const en = preferredEn(c)[0];
      if (en === undefined) continue;
      const group = byEn.get(fold(en));
      if (group) group.ids.push(c.id);
      else byEn.set(fold(en), { en, ids: [c.id] });
    }
    for (const g of byEn.values()) {
      if (g.ids.length > 1) out.push({ kind: 'duplicate-concept', conceptIds: g.ids, zh, en: [g.en] });
    }
    if (byEn.size > 1) {
      const groups = [...byEn.values()];
      out.push({ kind: 'zh-several-preferred', conceptIds: groups.flatMap((g) => g.ids), zh, en: groups.map((g) => g.en) });
    }
  }
  const order = { 'zh-several-preferred': 0, 'duplicate-concept': 1, 'preferred-and-forbidden': 2 } as const;
  return out.sort((a, b) => (a.zh < b.zh ? -1 : a.zh > b.zh ? 1 : order[a.kind] - order[b.kind]));
}

function statusClashes(c: Concept): Conflict[] {
  const out: Conflict[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const allowed = new Set(c.terms.filter((t) => t.lang === lang && t.status !== 'forbidden').map((t) => fold(t.text)));
    const clashing = new Set<string>();
    for (const t of c.terms) {
      if (t.lang === lang && t.status === 'forbidden' && allowed.has(fold(t.text)) && !clashing.has(fold(t.text))) {
        clashing.add(fold(t.text));
        out.push({
          kind: 'preferred-and-forbidden',
          conceptIds: [c.id],
          zh: lang === 'zh' ? t.text : mainZh(c),
          en: lang === 'en' ? [t.text] : [],
          lang,
        });
      }
    }
  }
  return out;
}
