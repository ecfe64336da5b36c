import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { api } from '../api';

type Concept = Awaited<ReturnType<typeof api.call<'glossary.list'>>>['items'][number];
type Status = 'preferred' | 'admitted' | 'forbidden';
export interface ConceptDraft {
  domain: string;
  definition: string;
  note: string;
  terms: { lang: 'zh' | 'en'; text: string; status: Status; caseSensitive: boolean; note: string }[];
}

const split = (s: string) => s.split(/[;|]/).map((x) => x.trim()).filter(Boolean);

/** Add or edit a concept: zh term(s), preferred / admitted / forbidden English, domain, note. */
export function ConceptForm(props: {
  initial: Concept | null;
  prefill?: { zh: string; en: string };
  onSave: (d: ConceptDraft) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const c = props.initial;
  const pick = (lang: string, status?: string) =>
    (c?.terms ?? []).filter((x) => x.lang === lang && (!status || x.status === status)).map((x) => x.text).join('; ');
  const [zh, setZh] = useState(props.prefill?.zh ?? pick('zh'));
  const [pref, setPref] = useState(props.prefill?.en ?? pick('en', 'preferred'));
  const [adm, setAdm] = useState(pick('en', 'admitted'));
  const [forb, setForb] = useState(pick('en', 'forbidden'));
  const [domain, setDomain] = useState(c?.domain ?? '');
  const [note, setNote] = useState(c?.note ?? '');
  const [cs, setCs] = useState(c?.terms.some((x) => x.caseSensitive) ?? false);

  const submit = () => {
    const terms: ConceptDraft['terms'] = [
      ...split(zh).map((text) => ({ lang: 'zh' as const, text, status: 'preferred' as Status, caseSensitive: false, note: '' })),
      ...split(pref).map((text) => ({ lang: 'en' as const, text, status: 'preferred' as Status, caseSensitive: cs, note: '' })),
      ...split(adm).map((text) => ({ lang: 'en' as const, text, status: 'admitted' as Status, caseSensitive: cs, note: '' })),
      ...split(forb).map((text) => ({ lang: 'en' as const, text, status: 'forbidden' as Status, caseSensitive: cs, note: '' })),
    ];
    props.onSave({ domain, definition: c?.definition ?? '', note, terms });
  };

  return (
    <form
      className="concept-form"
      data-testid="concept-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label>
        {t('glossary.zh')} <input value={zh} onChange={(e) => setZh(e.target.value)} lang="zh" required data-testid="concept-zh" />
      </label>
      <label>
        {t('glossary.status.preferred')} <input value={pref} onChange={(e) => setPref(e.target.value)} required data-testid="concept-en" />
      </label>
      <label>
        {t('glossary.status.admitted')} <input value={adm} onChange={(e) => setAdm(e.target.value)} />
      </label>
      <label>
        {t('glossary.status.forbidden')} <input value={forb} onChange={(e) => setForb(e.target.value)} />
      </label>
      <label>
        {t('glossary.domain')} <input value={domain} onChange={(e) => setDomain(e.target.value)} />
      </label>
      <label>
        {t('glossary.note')} <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <label>
        <input type="checkbox" checked={cs} onChange={(e) => setCs(e.target.checked)} /> {t('glossary.caseSensitive')}
      </label>
      <span className="hint">{t('glossary.multiHint')}</span>
      <div className="row">
        <button type="submit" className="primary" data-testid="concept-save">
          {t('common.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
