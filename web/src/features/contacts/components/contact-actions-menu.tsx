import type { Ref } from 'react';
import {
  DropdownMenu,
  DropdownMenuItem,
  DropdownMenuSeparator,
} from '@/components/ui/dropdown-menu';
import { notify } from '@/components/ui/toast';
import { t } from '@/lib/i18n';
import { downloadUrls, type Contact } from '../api/contact-schema';
import { useSetContactActive } from '../api/save-contact';

interface ContactActionsMenuProps {
  contact: Contact;
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
  triggerRef?: Ref<HTMLButtonElement>;
}

/** Starts a download of `url` the way a link would (the session cookie goes along). */
function download(url: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}

/** "⋯" of one contact: edit, inactivate or reactivate, vCard, delete — as far as allowed. */
export function ContactActionsMenu(props: ContactActionsMenuProps) {
  const { contact, canEdit, onEdit, onDelete, triggerRef } = props;
  const setActive = useSetContactActive(contact.customerId);
  const change = contact.isActive ? 'inactivate' : 'reactivate';
  return (
    <DropdownMenu
      label={t('contact.actions', { name: contact.name })}
      trigger={<span aria-hidden="true">⋯</span>}
      triggerRef={triggerRef}
    >
      {canEdit ? (
        <>
          <DropdownMenuItem onSelect={onEdit}>{t('contact.action.edit')}</DropdownMenuItem>
          <DropdownMenuItem
            onSelect={() =>
              setActive.mutate(
                { id: contact.id, change, version: contact.version },
                {
                  onSuccess: () =>
                    notify(
                      t(change === 'inactivate' ? 'contact.inactivated' : 'contact.reactivated', {
                        name: contact.name,
                      }),
                      'success',
                    ),
                },
              )
            }
          >
            {t(change === 'inactivate' ? 'contact.action.inactivate' : 'contact.action.reactivate')}
          </DropdownMenuItem>
        </>
      ) : null}
      <DropdownMenuItem onSelect={() => download(downloadUrls.contactVcard(contact.id))}>
        {t('contact.action.vcard')}
      </DropdownMenuItem>
      {canEdit ? (
        <>
          <DropdownMenuSeparator />
          <DropdownMenuItem tone="danger" onSelect={onDelete}>
            {t('contact.action.delete')}
          </DropdownMenuItem>
        </>
      ) : null}
    </DropdownMenu>
  );
}
