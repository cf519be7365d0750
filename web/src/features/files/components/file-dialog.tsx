import { useState, type FormEvent, type RefObject } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toast';
import { VersionConflictNotice } from '@/components/ui/version-conflict-notice';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import { fileSchema, type StoredFile } from '../api/file-schema';
import { useUpdateFile, type FilePatch } from '../api/save-file';
import { textOrNull } from '../lib/link-rules';
import { TextAreaField } from './text-area-field';

interface FileDialogProps {
  file: StoredFile | null;
  onClose: () => void;
  returnFocusRef: RefObject<HTMLElement | null>;
}

/** "Rename or describe" a file. */
export function FileDialog({ file, onClose, returnFocusRef }: FileDialogProps) {
  return (
    <Dialog
      open={file !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('files.edit.title')}
      returnFocusRef={returnFocusRef}
    >
      {file ? <FileForm key={file.id} file={file} onClose={onClose} /> : null}
    </Dialog>
  );
}

interface Values {
  name: string;
  description: string;
}

function valuesOf(file: StoredFile): Values {
  return { name: file.name, description: file.description ?? '' };
}

function FileForm({ file, onClose }: { file: StoredFile; onClose: () => void }) {
  const [base, setBase] = useState({ values: valuesOf(file), version: file.version });
  const [values, setValues] = useState(valuesOf(file));
  const [nameMissing, setNameMissing] = useState(false);
  const [conflict, setConflict] = useState<StoredFile | null>(null);
  const [rebased, setRebased] = useState(false);
  const update = useUpdateFile();
  const fieldErrors = isApiError(update.error) ? update.error.fieldMessages() : {};
  const shownAtField = Boolean(fieldErrors.name || fieldErrors.description);

  const changedName = values.name.trim() !== base.values.name.trim();
  const changedDescription = values.description.trim() !== base.values.description.trim();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (values.name.trim() === '') {
      setNameMissing(true);
      return;
    }
    if (!changedName && !changedDescription) {
      onClose();
      return;
    }
    const patch: FilePatch = { version: base.version };
    if (changedName) patch.name = values.name.trim();
    if (changedDescription) patch.description = textOrNull(values.description);
    setRebased(false);
    update.mutate(
      { id: file.id, patch },
      {
        onSuccess: () => {
          notify(t('files.edit.saved'), 'success');
          onClose();
        },
        onError: (error) => {
          if (!isApiError(error) || error.status !== 409) return;
          const current = fileSchema.safeParse(error.current);
          if (current.success) setConflict(current.data);
        },
      },
    );
  }

  const rows = [];
  if (conflict && changedName) {
    rows.push({
      field: 'name',
      label: t('files.field.name'),
      yours: values.name,
      theirs: conflict.name,
    });
  }
  if (conflict && changedDescription) {
    rows.push({
      field: 'description',
      label: t('files.field.description'),
      yours: values.description,
      theirs: conflict.description ?? '',
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {conflict ? (
        <VersionConflictNotice
          title={t('files.conflict.title')}
          savedBy={conflict.updatedBy?.name ?? null}
          savedAt={conflict.updatedAt}
          rows={rows}
          onReload={() => {
            // Their version becomes the base; what the user changed stays as typed.
            const saved = valuesOf(conflict);
            setValues({
              name: changedName ? values.name : saved.name,
              description: changedDescription ? values.description : saved.description,
            });
            setBase({ values: saved, version: conflict.version });
            setConflict(null);
            setRebased(true);
            update.reset();
          }}
          onDiscard={onClose}
        />
      ) : null}
      {rebased ? (
        <p className="notice" role="status">
          {t('conflict.reloaded')}
        </p>
      ) : null}
      {update.error && !shownAtField && !conflict ? (
        <FormAlert>{describeError(update.error)}</FormAlert>
      ) : null}
      <TextField
        label={t('files.field.name')}
        required
        value={values.name}
        error={nameMissing ? t('files.validation.nameRequired') : fieldErrors.name}
        onChange={(event) => {
          setValues((previous) => ({ ...previous, name: event.target.value }));
          setNameMissing(false);
        }}
      />
      <TextAreaField
        label={t('files.field.description')}
        value={values.description}
        error={fieldErrors.description}
        onChange={(description) => setValues((previous) => ({ ...previous, description }))}
      />
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={update.isPending || conflict !== null}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
