import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import { useUserOptions } from '../api/get-pickers';
import type { Project } from '../api/project-schema';
import { useUpdateProject } from '../api/update-project';
import { CardSection } from './card-section';

/** The project's members (users); the set is replaced as a whole with the card's version. */
export function ProjectMembers({ project, canEdit }: { project: Project; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const members = project.members ?? [];
  return (
    <CardSection
      title={t('project.section.members')}
      actions={
        canEdit ? (
          <Button onClick={() => setEditing(true)}>{t('project.members.edit')}</Button>
        ) : null
      }
    >
      {members.length === 0 ? (
        <p>{t('project.members.none')}</p>
      ) : (
        <ul className="member-list" aria-label={t('project.section.members')}>
          {members.map((member) => (
            <li key={member.id}>{member.name}</li>
          ))}
        </ul>
      )}
      {editing ? <MembersDialog project={project} onClose={() => setEditing(false)} /> : null}
    </CardSection>
  );
}

function MembersDialog({ project, onClose }: { project: Project; onClose: () => void }) {
  const users = useUserOptions();
  const update = useUpdateProject(project.id);
  const [selected, setSelected] = useState(() => new Set(project.memberIds));
  // Members who are no longer active users stay listed so saving does not drop them silently.
  const known = new Map((users.data ?? []).map((user) => [user.id, user.name]));
  for (const member of project.members ?? [])
    if (!known.has(member.id)) known.set(member.id, member.name);

  function toggle(id: number) {
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function save() {
    update.mutate(
      { memberIds: [...selected].sort((a, b) => a - b), version: project.version },
      {
        onSuccess: () => {
          notify(t('card.saved'), 'success');
          onClose();
        },
      },
    );
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? null : onClose())}
      title={t('project.members.edit')}
    >
      {update.isError ? <FormAlert>{describeError(update.error)}</FormAlert> : null}
      <fieldset className="member-picker">
        <legend className="visually-hidden">{t('project.section.members')}</legend>
        {[...known.entries()].map(([id, name]) => (
          <label key={id} className="member-picker__item">
            <input type="checkbox" checked={selected.has(id)} onChange={() => toggle(id)} />
            {name}
          </label>
        ))}
      </fieldset>
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="primary" onClick={save} disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </Dialog>
  );
}
