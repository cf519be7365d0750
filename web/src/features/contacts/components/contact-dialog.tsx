import type { FormEvent, RefObject } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { notify } from '@/components/ui/toast';
import { t } from '@/lib/i18n';
import { contactSchema, type Contact } from '../api/contact-schema';
import { useAddresses } from '../api/get-addresses';
import { useContactOptions } from '../api/get-contact-options';
import { useCreateContact, useUpdateContact } from '../api/save-contact';
import {
  buildContactCreateBody,
  buildContactPatchBody,
  contactFieldLabels,
  contactFormFields,
  emptyContactForm,
  localContactErrors,
  toContactFormValues,
  type ContactFormField,
} from '../lib/contact-form';
import { changedFields, conflictRows, parseIdList, splitFieldErrors } from '../lib/form-values';
import { useVersionedForm } from '../lib/use-versioned-form';
import { ContactFormFields } from './contact-form-fields';
import { SaveErrorAlert } from './form-alerts';
import { VersionConflictNotice } from '@/components/ui/version-conflict-notice';

interface ContactDialogProps {
  customerId: number;
  /** The contact to edit; none for a new one. */
  contact: Contact | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocusRef?: RefObject<HTMLElement | null>;
}

/** "New contact" and "Edit contact". */
export function ContactDialog(props: ContactDialogProps) {
  const { contact, open, onOpenChange, returnFocusRef } = props;
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={contact ? t('contact.editTitle') : t('contact.addTitle')}
      size="large"
      returnFocusRef={returnFocusRef}
    >
      <ContactForm {...props} onClose={() => onOpenChange(false)} />
    </Dialog>
  );
}

function ContactForm({
  customerId,
  contact,
  onClose,
}: ContactDialogProps & { onClose: () => void }) {
  const roles = useContactOptions('contact-roles');
  const keywords = useContactOptions('keywords');
  const addresses = useAddresses(customerId);
  const create = useCreateContact(customerId);
  const update = useUpdateContact(customerId);
  const save = contact ? update : create;
  const form = useVersionedForm({
    fields: contactFormFields,
    initial: contact ? toContactFormValues(contact) : emptyContactForm,
    version: contact?.version ?? null,
    parseCurrent: (current) => {
      const parsed = contactSchema.safeParse(current);
      return parsed.success ? parsed.data : null;
    },
    toValues: toContactFormValues,
    versionOf: (row) => row.version,
  });
  const server = splitFieldErrors(save.error, contactFormFields);
  const errors = { ...server.byField, ...form.localErrors };
  const busy = save.isPending;

  function display(field: ContactFormField, value: string, saved: Contact): string {
    if (field === 'keywordIds') {
      const names = new Map(
        [...saved.keywords, ...(keywords.data ?? [])].map((k) => [k.id, k.name]),
      );
      return parseIdList(value)
        .map((id) => names.get(id) ?? String(id))
        .join(', ');
    }
    if (field === 'roleId' && value !== '') {
      const role = roles.data?.find((item) => String(item.id) === value);
      return role?.name ?? (String(saved.roleId) === value ? (saved.roleName ?? value) : value);
    }
    if (field === 'addressId' && value !== '') {
      const address = addresses.data?.find((item) => String(item.id) === value);
      return address?.street[0] ?? value;
    }
    return value;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.validate(localContactErrors)) return;
    if (!contact) {
      create.mutate(buildContactCreateBody(form.values), {
        onSuccess: (saved) => {
          notify(t('contact.added', { name: saved.name }), 'success');
          onClose();
        },
        onError: form.onSaveError,
      });
      return;
    }
    if (changedFields(contactFormFields, form.base.values, form.values).length === 0) {
      notify(t('contact.nothingChanged'), 'info');
      onClose();
      return;
    }
    const patch = buildContactPatchBody(form.base.values, form.values);
    update.mutate(
      { id: contact.id, patch: { ...patch, version: form.base.version ?? contact.version } },
      {
        onSuccess: () => {
          notify(t('contact.saved'), 'success');
          onClose();
        },
        onError: form.onSaveError,
      },
    );
  }

  const conflict = form.conflict;
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate>
      {conflict ? (
        <VersionConflictNotice
          title={t('contact.conflict.title')}
          savedBy={conflict.updatedBy?.name ?? null}
          savedAt={conflict.updatedAt}
          rows={conflictRows(
            contactFormFields,
            form.base.values,
            form.values,
            toContactFormValues(conflict),
          ).map((row) => ({
            field: row.field,
            label: t(contactFieldLabels[row.field]),
            yours: display(row.field, row.yours, conflict),
            theirs: display(row.field, row.theirs, conflict),
          }))}
          onReload={() => {
            form.reloadKeepingMine();
            update.reset();
          }}
          onDiscard={onClose}
        />
      ) : null}
      {form.rebased ? (
        <p className="notice" role="status">
          {t('conflict.reloaded')}
        </p>
      ) : null}
      <SaveErrorAlert
        error={save.error}
        other={server.other}
        shownAtFields={Object.keys(server.byField).length > 0}
        conflict={conflict !== null}
      />
      <ContactFormFields
        values={form.values}
        errors={errors}
        onChange={form.onChange}
        roles={roles.data ?? []}
        keywords={keywords.data ?? []}
        addresses={addresses.data ?? []}
        contact={conflict ?? contact}
        disabled={busy}
      />
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={busy || conflict !== null}>
          {busy ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
