import type { Ref } from 'react';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { Field } from '@/components/ui/field';
import { t } from '@/lib/i18n';
import type { SalesStatusOption, UserOption } from '../api/get-pickers';
import type { SalesCategory } from '../api/project-schema';
import {
  projectFieldLabels,
  type ProjectFormField,
  type ProjectFormValues,
} from '../lib/project-form';

export type ProjectFieldErrors = Partial<Record<ProjectFormField, string>>;

interface ProjectFormFieldsProps {
  values: ProjectFormValues;
  errors: ProjectFieldErrors;
  users: UserOption[];
  /** The statuses the status picker offers; no picker when absent. */
  statuses?: SalesStatusOption[];
  onChange: (field: ProjectFormField, value: string) => void;
  disabled?: boolean;
  nameRef?: Ref<HTMLInputElement>;
}

const categoryLabels: Record<SalesCategory, Parameters<typeof t>[0]> = {
  in_progress: 'project.category.in_progress',
  won: 'project.category.won',
  lost: 'project.category.lost',
};

/** The project's own fields, shared by the new-project dialog and the card's details form. */
export function ProjectFormFields(props: ProjectFormFieldsProps) {
  const { values, errors, users, statuses, onChange, disabled } = props;

  function text(field: ProjectFormField, extra: { type?: string; required?: boolean } = {}) {
    return (
      <TextField
        label={t(projectFieldLabels[field])}
        name={field}
        type={extra.type ?? 'text'}
        required={extra.required}
        value={values[field]}
        error={errors[field]}
        disabled={disabled}
        onChange={(event) => onChange(field, event.target.value)}
        ref={field === 'name' ? props.nameRef : undefined}
      />
    );
  }

  function userPicker(field: 'ownerId' | 'salesPersonId') {
    return (
      <SelectField
        label={t(projectFieldLabels[field])}
        name={field}
        value={values[field]}
        error={errors[field]}
        disabled={disabled}
        onChange={(event) => onChange(field, event.target.value)}
      >
        <option value="">{t('project.field.nobody')}</option>
        {users.map((user) => (
          <option key={user.id} value={String(user.id)}>
            {user.name}
          </option>
        ))}
      </SelectField>
    );
  }

  return (
    <div className="form-grid">
      {text('name', { required: true })}
      {statuses ? (
        <SelectField
          label={t(projectFieldLabels.salesStatusId)}
          name="salesStatusId"
          value={values.salesStatusId}
          error={errors.salesStatusId}
          disabled={disabled}
          onChange={(event) => onChange('salesStatusId', event.target.value)}
        >
          {statuses.map((status) => (
            <option key={status.id} value={String(status.id)}>
              {`${status.name} (${t(categoryLabels[status.category])})`}
            </option>
          ))}
        </SelectField>
      ) : null}
      {userPicker('ownerId')}
      {userPicker('salesPersonId')}
      {text('amount')}
      {text('currency')}
      {text('probability', { type: 'number' })}
      {text('expectedOrderDate', { type: 'date' })}
      {text('startDate', { type: 'date' })}
      {text('deadline', { type: 'date' })}
      <Field
        label={t(projectFieldLabels.description)}
        error={errors.description}
        className="form-grid__wide"
      >
        {({ inputId, describedBy, invalid }) => (
          <textarea
            id={inputId}
            className="input"
            name="description"
            rows={3}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            value={values.description}
            disabled={disabled}
            onChange={(event) => onChange('description', event.target.value)}
          />
        )}
      </Field>
    </div>
  );
}
