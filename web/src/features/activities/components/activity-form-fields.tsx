import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { t } from '@/lib/i18n';
import type { ActivityKind, ActivityType, Participant } from '../api/activity-schema';
import type { NamedOption } from '../api/get-options';
import {
  activityFieldLabels,
  setAllDay,
  type ActivityFormField,
  type ActivityFormValues,
} from '../lib/activity-form';
import { ParticipantPicker } from './participant-picker';

export interface ActivityFormOptions {
  types: ActivityType[];
  users: NamedOption[];
  contacts: NamedOption[];
  /** The customer's projects; null on a project's card, where the project is given. */
  projects: { id: number; number: number; name: string }[] | null;
}

interface ActivityFormFieldsProps {
  kind: ActivityKind;
  values: ActivityFormValues;
  errors: Partial<Record<ActivityFormField, string>>;
  onChange: (field: ActivityFormField, value: string) => void;
  onReplace: (values: ActivityFormValues) => void;
  options: ActivityFormOptions;
  participants: Participant[];
  disabled: boolean;
}

/** The controls of the activity dialog: a to-do has a due date, an entry a start and an end. */
export function ActivityFormFields(props: ActivityFormFieldsProps) {
  const { kind, values, errors, onChange, onReplace, options, participants, disabled } = props;
  const label = (field: ActivityFormField) => t(activityFieldLabels[field]);
  const text = (field: ActivityFormField, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      label={label(field)}
      name={field}
      value={values[field]}
      error={errors[field]}
      disabled={disabled}
      onChange={(event) => onChange(field, event.target.value)}
      {...extra}
    />
  );
  const allDay = values.allDay === 'true';
  // A type that was disabled stays selectable on the activities that have it.
  const types = options.types.filter(
    (type) => type.kind === kind && (type.active || String(type.id) === values.typeId),
  );

  return (
    <div className="form-grid">
      <SelectField
        label={label('typeId')}
        name="typeId"
        value={values.typeId}
        error={errors.typeId}
        disabled={disabled}
        onChange={(event) => onChange('typeId', event.target.value)}
      >
        <option value="">{t('activity.chooseType')}</option>
        {types.map((type) => (
          <option key={type.id} value={String(type.id)}>
            {type.name}
          </option>
        ))}
      </SelectField>
      {text('name', { required: true, maxLength: 300, autoComplete: 'off' })}
      {kind === 'todo' ? (
        <>
          {text('dueDate', { type: 'date' })}
          {text('dueTime', { type: 'time', hint: t('activity.hint.dueTime') })}
        </>
      ) : (
        <>
          <div className="form-grid__wide activity-all-day">
            <label className="member-picker__item">
              <input
                type="checkbox"
                name="allDay"
                checked={allDay}
                disabled={disabled}
                onChange={(event) => onReplace(setAllDay(values, event.target.checked))}
              />
              {label('allDay')}
            </label>
            {errors.allDay ? <p className="field__error">{errors.allDay}</p> : null}
          </div>
          <div className="form-grid__wide activity-when">
            {text('startDate', { type: 'date', required: true })}
            {allDay ? null : text('startTime', { type: 'time', required: true })}
            {text('endDate', {
              type: 'date',
              required: true,
              hint: allDay ? t('activity.hint.lastDay') : undefined,
            })}
            {allDay ? null : text('endTime', { type: 'time', required: true })}
          </div>
          {text('location', { maxLength: 300 })}
        </>
      )}
      <SelectField
        label={label('ownerId')}
        name="ownerId"
        value={values.ownerId}
        error={errors.ownerId}
        disabled={disabled}
        onChange={(event) => onChange('ownerId', event.target.value)}
      >
        <option value="">{t('activity.noOwner')}</option>
        {options.users.map((user) => (
          <option key={user.id} value={String(user.id)}>
            {user.name}
          </option>
        ))}
      </SelectField>
      {options.projects ? (
        <SelectField
          label={label('projectId')}
          name="projectId"
          value={values.projectId}
          error={errors.projectId}
          disabled={disabled}
          onChange={(event) => onChange('projectId', event.target.value)}
        >
          <option value="">{t('activity.noProject')}</option>
          {options.projects.map((project) => (
            <option key={project.id} value={String(project.id)}>
              {t('activity.projectLink', { number: project.number, name: project.name })}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div className="form-grid__wide">
        <ParticipantPicker
          value={values.participants}
          onChange={(value) => onChange('participants', value)}
          users={options.users}
          contacts={options.contacts}
          current={participants}
          error={errors.participants}
          disabled={disabled}
        />
      </div>
      <Field label={label('description')} error={errors.description} className="form-grid__wide">
        {({ inputId, describedBy, invalid }) => (
          <textarea
            id={inputId}
            name="description"
            className="input"
            rows={3}
            maxLength={10000}
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
