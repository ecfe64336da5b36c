import type { ConceptInput, Term } from '../../model';

export function term(lang: Term['lang'], text: string, status: Term['status'] = 'preferred', note = ''): Term {
  return { lang, text, status, caseSensitive: false, note };
}

export function concept(zh: string, en: string, extra: Partial<ConceptInput> & { admitted?: string[]; forbidden?: string[] } = {}): ConceptInput {
  const { admitted = [], forbidden = [], ...rest } = extra;
  return {
    domain: '',
    definition: '',
    note: '',
    terms: [term('zh', zh), term('en', en), ...admitted.map((a) => term('en', a, 'admitted')), ...forbidden.map((f) => term('en', f, 'forbidden'))],
    ...rest,
  };
}
