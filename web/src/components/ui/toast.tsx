import * as ToastPrimitive from '@radix-ui/react-toast';
import { useSyncExternalStore } from 'react';
import { t } from '@/lib/i18n';

export type ToastTone = 'success' | 'error' | 'info';

interface ToastItem {
  id: number;
  tone: ToastTone;
  message: string;
}

let items: ToastItem[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

/** Shows a short message; callable from anywhere, also outside React (e.g. the query cache). */
export function notify(message: string, tone: ToastTone = 'info'): void {
  items = [...items, { id: nextId++, tone, message }];
  emit();
}

function dismiss(id: number) {
  items = items.filter((item) => item.id !== id);
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Renders the queued toasts (Radix Toast: announced politely, F8 moves focus to them). */
export function Toaster() {
  const current = useSyncExternalStore(subscribe, () => items);
  return (
    <ToastPrimitive.Provider duration={6000} label={t('common.dismiss')}>
      {current.map((item) => (
        <ToastPrimitive.Root
          key={item.id}
          className={`toast toast--${item.tone}`}
          type={item.tone === 'error' ? 'foreground' : 'background'}
          onOpenChange={(open) => {
            if (!open) dismiss(item.id);
          }}
        >
          <ToastPrimitive.Description className="toast__message">
            {item.message}
          </ToastPrimitive.Description>
          <ToastPrimitive.Close
            className="button button--ghost toast__close"
            aria-label={t('common.dismiss')}
          >
            <span aria-hidden="true">×</span>
          </ToastPrimitive.Close>
        </ToastPrimitive.Root>
      ))}
      <ToastPrimitive.Viewport className="toast-viewport" />
    </ToastPrimitive.Provider>
  );
}
