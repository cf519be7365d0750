import { FormAlert } from '@/components/ui/states';
import { describeError } from '@/lib/describe-error';

interface SaveErrorAlertProps {
  error: unknown;
  /** Field messages the form could not show at a control. */
  other: { field: string; message: string }[];
  /** Whether some message is already shown at a field (then no general alert is needed). */
  shownAtFields: boolean;
  /** A conflict notice takes the place of the alert. */
  conflict: boolean;
}

/** What a refused save says above the form, unless its fields or a conflict notice say it. */
export function SaveErrorAlert({ error, other, shownAtFields, conflict }: SaveErrorAlertProps) {
  if (error === null || error === undefined || conflict) return null;
  if (other.length > 0) {
    return (
      <FormAlert>
        <ul>
          {other.map(({ field, message }) => (
            <li key={field}>{`${field}: ${message}`}</li>
          ))}
        </ul>
      </FormAlert>
    );
  }
  if (shownAtFields) return null;
  return <FormAlert>{describeError(error)}</FormAlert>;
}
