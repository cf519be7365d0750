import { useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { notify } from '@/components/ui/toast';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import type { Activity, ActivityKind, ActivityScope } from '../api/activity-schema';
import { useSetActivityDone } from '../api/save-activity';
import { ActivityDialog } from './activity-dialog';
import { ActivityList } from './activity-list';
import { DeleteActivityDialog } from './delete-activity-dialog';

interface ActivitiesSectionProps {
  scope: ActivityScope;
  /** The customer whose contacts (and projects) the dialog offers. */
  customerId: number;
  /** The signed-in user: a new activity's default owner. */
  userId: number;
  canEdit: boolean;
  /** `tab`: a part of a card tab (h3); `card`: a section of the project card (h2). */
  layout: 'tab' | 'card';
}

type Editing = { kind: ActivityKind; activity: Activity | null } | null;

/** Activities of a customer or a project: planned and past, add, edit, mark done, delete. */
export function ActivitiesSection(props: ActivitiesSectionProps) {
  const { scope, customerId, userId, canEdit, layout } = props;
  const headingId = useId();
  // Read on each render: whether a to-do is overdue changes with the clock.
  const now = new Date();
  const setDone = useSetActivityDone(scope);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Activity | null>(null);
  const addTodoRef = useRef<HTMLButtonElement>(null);
  const menuRefs = useRef(new Map<number, HTMLButtonElement>());
  const [focusTarget, setFocusTarget] = useState<number | null>(null);
  const returnFocusRef = {
    get current(): HTMLElement | null {
      const menu = focusTarget === null ? undefined : menuRefs.current.get(focusTarget);
      return menu ?? addTodoRef.current;
    },
  };
  const Heading = layout === 'card' ? 'h2' : 'h3';
  const showProject = scope.kind === 'customer';

  function toggleDone(activity: Activity, isDone: boolean) {
    setDone.mutate(
      { activity, isDone },
      {
        onError: (error) =>
          notify(
            t(isDone ? 'activity.done.failed' : 'activity.reopen.failed', {
              name: activity.name,
              reason: describeError(error),
            }),
            'error',
          ),
      },
    );
  }

  return (
    <section
      className={layout === 'card' ? 'tab-section card-section' : 'subsection'}
      aria-labelledby={headingId}
    >
      <div className={layout === 'card' ? 'card-section__header' : 'subsection__header'}>
        <Heading
          id={headingId}
          className={layout === 'card' ? 'tab-section__title' : 'subsection__title'}
        >
          {t('activity.section')}
        </Heading>
        {canEdit ? (
          <div className="subsection__actions">
            <Button
              ref={addTodoRef}
              onClick={() => {
                setFocusTarget(null);
                setEditing({ kind: 'todo', activity: null });
              }}
            >
              {t('activity.addTodo')}
            </Button>
            <Button
              onClick={() => {
                setFocusTarget(null);
                setEditing({ kind: 'calendar', activity: null });
              }}
            >
              {t('activity.addCalendar')}
            </Button>
          </div>
        ) : null}
      </div>
      {(['planned', 'done'] as const).map((state) => (
        <ActivityList
          key={state}
          scope={scope}
          state={state}
          level={layout === 'card' ? 3 : 4}
          now={now}
          canEdit={canEdit}
          showProject={showProject}
          onToggleDone={toggleDone}
          onEdit={(activity) => {
            setFocusTarget(activity.id);
            setEditing({ kind: activity.kind, activity });
          }}
          onDelete={(activity) => {
            setFocusTarget(activity.id);
            setDeleting(activity);
          }}
          menuRef={(id, element) => {
            if (element) menuRefs.current.set(id, element);
            else menuRefs.current.delete(id);
          }}
        />
      ))}
      {canEdit && editing ? (
        <ActivityDialog
          scope={scope}
          customerId={customerId}
          userId={userId}
          kind={editing.kind}
          activity={editing.activity}
          onClose={() => setEditing(null)}
          returnFocusRef={returnFocusRef}
        />
      ) : null}
      {canEdit ? (
        <DeleteActivityDialog
          activity={deleting}
          onClose={(deleted) => {
            if (deleted) setFocusTarget(null);
            setDeleting(null);
          }}
          returnFocusRef={returnFocusRef}
        />
      ) : null}
    </section>
  );
}
