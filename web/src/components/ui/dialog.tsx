import * as DialogPrimitive from '@radix-ui/react-dialog';
import { useRef, type ReactNode, type RefObject } from 'react';
import { t } from '@/lib/i18n';

interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  children: ReactNode;
  size?: 'medium' | 'large';
  /** Where the focus goes on close when the opener is gone (e.g. an item of a closed menu). */
  returnFocusRef?: RefObject<HTMLElement | null>;
}

/**
 * A modal dialog (Radix): focus trapped inside, Escape closes, focus returns to the trigger.
 * Opening puts the focus in the first field, if there is one, rather than on the close button.
 */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  size = 'medium',
  returnFocusRef,
}: DialogProps) {
  const contentRef = useRef<HTMLDivElement>(null);
  return (
    <DialogPrimitive.Root open={open} onOpenChange={onOpenChange}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="dialog-overlay" />
        <DialogPrimitive.Content
          ref={contentRef}
          className={`dialog dialog--${size}`}
          onOpenAutoFocus={(event) => {
            const field = contentRef.current?.querySelector<HTMLElement>(
              'input:not([disabled]), select:not([disabled]), textarea:not([disabled])',
            );
            if (!field) return;
            event.preventDefault();
            field.focus();
          }}
          onCloseAutoFocus={(event) => {
            if (!returnFocusRef?.current) return;
            event.preventDefault();
            returnFocusRef.current.focus();
          }}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <div className="dialog__header">
            <DialogPrimitive.Title className="dialog__title">{title}</DialogPrimitive.Title>
            <DialogPrimitive.Close
              className="button button--ghost dialog__close"
              aria-label={t('common.close')}
            >
              <span aria-hidden="true">×</span>
            </DialogPrimitive.Close>
          </div>
          {description ? (
            <DialogPrimitive.Description className="dialog__description">
              {description}
            </DialogPrimitive.Description>
          ) : null}
          {children}
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
