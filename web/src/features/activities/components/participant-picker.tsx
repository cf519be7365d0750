import { useId } from 'react';
import { t } from '@/lib/i18n';
import type { Participant } from '../api/activity-schema';
import type { NamedOption } from '../api/get-options';
import { toggleParticipant } from '../lib/activity-form';

interface ParticipantPickerProps {
  /** The form's text: sorted `user:7,contact:77` tokens. */
  value: string;
  onChange: (value: string) => void;
  users: NamedOption[];
  contacts: NamedOption[];
  /** Who takes part now: people no longer offered (an inactive user) stay listed. */
  current: Participant[];
  error?: string;
  disabled?: boolean;
}

function withCurrent(options: NamedOption[], current: Participant[], type: Participant['type']) {
  const known = new Map(options.map((option) => [option.id, option.name]));
  for (const participant of current) {
    if (participant.type === type && participant.id !== null && !known.has(participant.id)) {
      known.set(participant.id, participant.name ?? String(participant.id));
    }
  }
  return [...known.entries()].map(([id, name]) => ({ id, name }));
}

/** Checkboxes for the organization's users and the customer's contacts, in two groups. */
export function ParticipantPicker(props: ParticipantPickerProps) {
  const { value, onChange, users, contacts, current, error, disabled } = props;
  const errorId = useId();
  const selected = new Set(value === '' ? [] : value.split(','));
  const groups = [
    { type: 'user' as const, label: t('activity.participants.users'), options: users },
    { type: 'contact' as const, label: t('activity.participants.contacts'), options: contacts },
  ];
  return (
    <fieldset
      className={error ? 'participant-picker field--invalid' : 'participant-picker'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field__label">{t('activity.field.participants')}</legend>
      <div className="participant-picker__groups">
        {groups.map((group) => {
          const options = withCurrent(group.options, current, group.type);
          return (
            <fieldset key={group.type} className="participant-picker__group">
              <legend className="participant-picker__group-label">{group.label}</legend>
              {options.length === 0 ? (
                <p className="field__hint">{t('activity.participants.none')}</p>
              ) : null}
              {options.map((option) => {
                const token = `${group.type}:${option.id}`;
                return (
                  <label key={token} className="member-picker__item">
                    <input
                      type="checkbox"
                      checked={selected.has(token)}
                      disabled={disabled}
                      aria-invalid={error ? true : undefined}
                      onChange={() => onChange(toggleParticipant(value, token))}
                    />
                    {option.name}
                  </label>
                );
              })}
            </fieldset>
          );
        })}
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
