import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';

export interface ToastState {
  items: { id: number; kind: 'info' | 'error'; text: string }[];
  info(text: string): void;
  error(e: unknown): void;
  dismiss(id: number): void;
}

let seq = 0;

export function useToasts(): ToastState {
  const { t } = useTranslation();
  const [items, setItems] = useState<ToastState['items']>([]);
  const push = (kind: 'info' | 'error', text: string) => {
    const id = ++seq;
    setItems((xs) => [...xs.slice(-4), { id, kind, text }]);
    if (kind === 'info') setTimeout(() => setItems((xs) => xs.filter((x) => x.id !== id)), 4000);
  };
  return {
    items,
    info: (text) => push('info', text),
    error: (e) => push('error', errorText(t, e)),
    dismiss: (id) => setItems((xs) => xs.filter((x) => x.id !== id)),
  };
}

export function Toasts({ state }: { state: ToastState }) {
  const { t } = useTranslation();
  return (
    <div className="toasts" role="status" aria-live="polite">
      {state.items.map((x) => (
        <div key={x.id} className={`toast ${x.kind}`} data-testid={`toast-${x.kind}`}>
          <span>{x.text}</span>
          <button className="link" aria-label={t('common.dismiss')} onClick={() => state.dismiss(x.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
