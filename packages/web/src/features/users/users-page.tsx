import type { Agency, User } from '@motcua/core';
import { useState } from 'react';
import type { PageOf } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { Pagination } from '../../components/pagination.js';
import { PrintButton } from '../../components/print-button.js';
import { useMessages } from '../../i18n/language.js';
import { CreateUserForm } from './create-user-form.js';
import { UsersTable } from './users-table.js';

const PAGE_SIZE = 20;

export function UsersPage({ canManage }: { canManage: boolean }) {
  const t = useMessages();
  const [page, setPage] = useState(1);
  const users = useResource<PageOf<User>>(`/api/users?page=${page}&pageSize=${PAGE_SIZE}`);
  // Units name the unit column and fill the form's unit choices.
  const units = useResource<Agency>('/api/agency').data?.units ?? [];
  return (
    <>
      <div className="toolbar">
        <PageTitle>{t.users.title}</PageTitle>
        <PrintButton />
      </div>
      <LoadStatus error={users.error} isLoading={users.isLoading} />
      {users.data && (
        <>
          <UsersTable users={users.data.items} units={units} />
          <Pagination page={page} pageSize={PAGE_SIZE} total={users.data.total} onPageChange={setPage} />
        </>
      )}
      {canManage && <CreateUserForm units={units} onCreated={users.reload} />}
    </>
  );
}
