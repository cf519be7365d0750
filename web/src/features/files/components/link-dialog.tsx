import { useState, type FormEvent, type RefObject } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toast';
import { VersionConflictNotice } from '@/components/ui/version-conflict-notice';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t, type MessageKey } from '@/lib/i18n';
import { linkSchema, type CardOwner, type Link } from '../api/file-schema';
import { useCreateLink, useUpdateLink, type LinkFields } from '../api/save-link';
import {
  linkFormFields,
  localLinkErrors,
  textOrNull,
  type LinkFormField,
  type LinkFormValues,
} from '../lib/link-rules';
import { TextAreaField } from './text-area-field';

interface LinkDialogProps {
  owner: CardOwner;
  /** The link to edit; `null` for "Add link". */
  link: Link | null;
  open: boolean;
  onClose: () => void;
  returnFocusRef: RefObject<HTMLElement | null>;
}

/** "Add link" and "Edit link": URL, title, description; the server's refusals at their fields. */
export function LinkDialog({ owner, link, open, onClose, returnFocusRef }: LinkDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
      title={link ? t('links.edit.title') : t('links.add.title')}
      returnFocusRef={returnFocusRef}
    >
      {open ? (
        <LinkForm key={link?.id ?? 'new'} owner={owner} link={link} onClose={onClose} />
      ) : null}
    </Dialog>
  );
}

const labels: Record<LinkFormField, MessageKey> = {
  url: 'links.field.url',
  title: 'links.field.title',
  description: 'links.field.description',
};

function valuesOf(link: Link | null): LinkFormValues {
  return { url: link?.url ?? '', title: link?.title ?? '', description: link?.description ?? '' };
}

function LinkForm({
  owner,
  link,
  onClose,
}: {
  owner: CardOwner;
  link: Link | null;
  onClose: () => void;
}) {
  const [base, setBase] = useState({ values: valuesOf(link), version: link?.version ?? 0 });
  const [values, setValues] = useState(valuesOf(link));
  const [localErrors, setLocalErrors] = useState<Partial<Record<LinkFormField, MessageKey>>>({});
  const [conflict, setConflict] = useState<Link | null>(null);
  const [rebased, setRebased] = useState(false);
  const create = useCreateLink(owner);
  const update = useUpdateLink();
  const save = link ? update : create;
  const serverErrors = isApiError(save.error) ? save.error.fieldMessages() : {};
  const shownAtField = linkFormFields.some((field) => serverErrors[field]);
  const changed = linkFormFields.filter(
    (field) => values[field].trim() !== base.values[field].trim(),
  );

  function errorOf(field: LinkFormField): string | undefined {
    const local = localErrors[field];
    return local ? t(local) : serverErrors[field];
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = localLinkErrors(values);
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setRebased(false);
    const fields: LinkFields = {
      url: values.url.trim(),
      title: textOrNull(values.title),
      description: textOrNull(values.description),
    };
    if (!link) {
      create.mutate(fields, {
        onSuccess: () => {
          notify(t('links.added'), 'success');
          onClose();
        },
      });
      return;
    }
    if (changed.length === 0) {
      onClose();
      return;
    }
    // Only what the user changed goes with the version (null clears a title or description).
    const patch = {
      version: base.version,
      ...Object.fromEntries(changed.map((name) => [name, fields[name]])),
    } as Partial<LinkFields> & { version: number };
    update.mutate(
      { id: link.id, patch },
      {
        onSuccess: () => {
          notify(t('links.saved'), 'success');
          onClose();
        },
        onError: (error) => {
          if (!isApiError(error) || error.status !== 409) return;
          const current = linkSchema.safeParse(error.current);
          if (current.success) setConflict(current.data);
        },
      },
    );
  }

  function reloadKeepingMine() {
    if (!conflict) return;
    const saved = valuesOf(conflict);
    const next = { ...saved };
    for (const field of changed) next[field] = values[field];
    setValues(next);
    setBase({ values: saved, version: conflict.version });
    setConflict(null);
    setRebased(true);
    update.reset();
  }

  function field(name: LinkFormField, value: string) {
    setValues((previous) => ({ ...previous, [name]: value }));
    setLocalErrors((previous) => ({ ...previous, [name]: undefined }));
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {conflict ? (
        <VersionConflictNotice
          title={t('links.conflict.title')}
          savedBy={conflict.updatedBy?.name ?? null}
          savedAt={conflict.updatedAt}
          rows={changed.map((name) => ({
            field: name,
            label: t(labels[name]),
            yours: values[name],
            theirs: valuesOf(conflict)[name],
          }))}
          onReload={reloadKeepingMine}
          onDiscard={onClose}
        />
      ) : null}
      {rebased ? (
        <p className="notice" role="status">
          {t('conflict.reloaded')}
        </p>
      ) : null}
      {save.error && !shownAtField && !conflict ? (
        <FormAlert>{describeError(save.error)}</FormAlert>
      ) : null}
      <TextField
        label={t(labels.url)}
        type="url"
        inputMode="url"
        required
        hint={t('links.field.urlHint')}
        value={values.url}
        error={errorOf('url')}
        onChange={(event) => field('url', event.target.value)}
      />
      <TextField
        label={t(labels.title)}
        value={values.title}
        error={errorOf('title')}
        onChange={(event) => field('title', event.target.value)}
      />
      <TextAreaField
        label={t(labels.description)}
        value={values.description}
        error={errorOf('description')}
        onChange={(value) => field('description', value)}
      />
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={save.isPending || conflict !== null}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
