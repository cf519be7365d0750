import * as AlertDialog from '@radix-ui/react-alert-dialog';
import type { ReactNode, RefObject } from 'react';
import { t } from '@/lib/i18n';

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  body: string;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  onConfirm: () => void;
  /** An error from the last attempt, shown above the buttons. */
  error?: ReactNode;
  /** Choices that go with the confirmation (e.g. what happens to what refers to it). */
  children?: ReactNode;
  /** Where the focus goes on close when the opener is gone (e.g. an item of a closed menu). */
  returnFocusRef?: RefObject<HTMLElement | null>;
}

/** Asks before something that cannot be undone (Radix AlertDialog: Cancel has the focus). */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, onOpenChange, title, body, confirmLabel, busyLabel, busy, onConfirm, error } =
    props;
  const { returnFocusRef, children } = props;
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content
          className="dialog dialog--medium"
          onCloseAutoFocus={(event) => {
            if (!returnFocusRef?.current) return;
            event.preventDefault();
            returnFocusRef.current.focus();
          }}
        >
          <AlertDialog.Title className="dialog__title">{title}</AlertDialog.Title>
          <AlertDialog.Description className="dialog__description">{body}</AlertDialog.Description>
          {children}
          {error}
          <div className="dialog__actions">
            <AlertDialog.Cancel className="button button--secondary">
              {t('common.cancel')}
            </AlertDialog.Cancel>
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={onConfirm}
            >
              {busy ? busyLabel : confirmLabel}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
