// User administration: every account, adding one, and changing one. Opening another form while the
// one open holds what was typed and not saved asks first: it silently dropped a role changed and not
// yet saved when the next user's Edit was pressed.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checkpoint, User } from '../../api/types';
import { ConfirmQuestion } from '../../components/confirm-question';
import { DataTable } from '../../components/data-table';
import { LoadableView } from '../../components/loadable-view';
import { PageStatus } from '../../components/page-status';
import { roleName } from '../../components/role-name';
import { formatDateTime } from '../../format/format';
import { useApiData } from '../../hooks/use-api-data';
import { useCheckpointList } from '../../hooks/use-checkpoints';
import { useLocale } from '../../hooks/use-locale';
import { usePageTitle } from '../../hooks/use-page-title';
import { useWording } from '../../hooks/use-wording';
import { useUser } from '../../session/session';
import { loadUsers } from '../home/load';
import { CreateUserForm } from './create-user-form';
import { EditUserPanel } from './edit-user-panel';

type Panel =
  | { readonly kind: 'none' }
  | { readonly kind: 'add' }
  | { readonly kind: 'edit'; readonly userId: string };

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const me = useUser();
  const [users, reloadUsers] = useApiData(loadUsers);
  const checkpoints = useCheckpointList();
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [status, setStatus] = useWording();
  const addButton = useRef<HTMLButtonElement>(null);
  // Whether the form open holds input not saved, and the form asked for while it does.
  const [unsaved, setUnsaved] = useState(false);
  const [asked, setAsked] = useState<Panel | null>(null);
  const show = (next: Panel) => {
    if (next.kind === 'edit' && panel.kind === 'edit' && next.userId === panel.userId) return;
    setStatus(null);
    if (unsaved && panel.kind !== 'none' && next.kind !== 'none') {
      setAsked(next);
      return;
    }
    setAsked(null);
    setUnsaved(false);
    setPanel(next);
  };
  const close = () => {
    setAsked(null);
    setUnsaved(false);
    setPanel({ kind: 'none' });
  };

  const focusEditButton = useCallback((userId: string) => {
    document.querySelector<HTMLButtonElement>(`[data-edit-user="${CSS.escape(userId)}"]`)?.focus();
  }, []);

  const editing =
    panel.kind === 'edit' && users.status === 'ok'
      ? users.value.find((u) => u.id === panel.userId)
      : undefined;

  return (
    <div className="page" data-testid="admin-users">
      <div className="section-header">
        <h1>{t('users.title')}</h1>
        <button
          type="button"
          className="button button-primary"
          ref={addButton}
          aria-expanded={panel.kind === 'add'}
          aria-controls="create-user"
          onClick={() => show(panel.kind === 'add' ? { kind: 'none' } : { kind: 'add' })}
        >
          {t('users.add.open')}
        </button>
      </div>
      <PageStatus notice={status} />
      {asked === null ? null : (
        <ConfirmQuestion
          testId="unsaved-question"
          question={
            editing === undefined
              ? t('users.unsaved.add')
              : t('users.unsaved.edit', { username: editing.username })
          }
          confirm={t('users.unsaved.discard')}
          busy={false}
          onConfirm={() => {
            setUnsaved(false);
            setAsked(null);
            setPanel(asked);
          }}
          // Focus goes back to the button that asked for the other form.
          onCancel={() => setAsked(null)}
        />
      )}
      {panel.kind === 'add' ? (
        <CreateUserForm
          checkpoints={checkpoints}
          onUnsaved={setUnsaved}
          onCreated={(user) => {
            close();
            setStatus((t) => t('users.add.done', { username: user.username }));
            reloadUsers();
            addButton.current?.focus();
          }}
          onCancel={() => {
            close();
            addButton.current?.focus();
          }}
        />
      ) : null}
      {editing === undefined ? null : (
        <EditUserPanel
          key={editing.id}
          user={editing}
          isSelf={editing.id === me.id}
          checkpoints={checkpoints}
          onUnsaved={setUnsaved}
          onSaved={(_user, message) => {
            setStatus(message);
            reloadUsers();
          }}
          onClose={() => {
            close();
            focusEditButton(editing.id);
          }}
        />
      )}
      <LoadableView state={users} onRetry={reloadUsers}>
        {(list) => (
          <UserTable
            users={list}
            checkpoints={checkpoints}
            editingId={editing?.id ?? null}
            onEdit={(user) => show({ kind: 'edit', userId: user.id })}
          />
        )}
      </LoadableView>
    </div>
  );
}

type TableProps = {
  readonly users: readonly User[];
  readonly checkpoints: readonly Checkpoint[];
  readonly editingId: string | null;
  readonly onEdit: (user: User) => void;
};

function UserTable({ users, checkpoints, editingId, onEdit }: TableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const checkpointLabel = (id: string) => checkpoints.find((c) => c.id === id)?.code ?? id;
  if (users.length === 0) return <p className="empty">{t('users.empty')}</p>;
  const sorted = [...users].sort((a, b) => a.username.localeCompare(b.username));
  return (
    <DataTable
      testId="user-table"
      caption={t('users.title')}
      columns={[
        { label: t('users.field.username') },
        { label: t('users.field.displayName') },
        { label: t('users.field.role') },
        { label: t('users.field.checkpoints') },
        { label: t('users.column.status') },
        { label: t('users.column.created') },
      ]}
    >
      {sorted.map((user) => (
        <tr key={user.id} className={user.id === editingId ? 'row-selected' : undefined}>
          {/* The edit button under the name, not in a last column a tablet scrolls out of sight. */}
          <th scope="row" className="row-heading">
            <div className="name-with-action">
              <code>{user.username}</code>
              <button
                type="button"
                className="button button-small"
                data-edit-user={user.id}
                aria-label={t('users.edit.open', { username: user.username })}
                onClick={() => onEdit(user)}
              >
                {t('users.edit.button')}
              </button>
            </div>
          </th>
          <td>{user.displayName}</td>
          <td>{roleName(user.role, t)}</td>
          <td>
            {user.checkpointIds.length === 0 ? '—' : user.checkpointIds.map(checkpointLabel).join(', ')}
          </td>
          <td>
            {user.disabled ? (
              <span className="tag tag-muted">{t('users.status.disabled')}</span>
            ) : (
              <span className="tag tag-ok">{t('users.status.active')}</span>
            )}
          </td>
          <td className="nowrap">{formatDateTime(user.createdAt, locale)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
