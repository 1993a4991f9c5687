import { ROLE_LABELS, type Agency, type User } from '@motcua/core';
import { DataTable, type Column } from '../../components/data-table.js';
import { useLanguage, useMessages } from '../../i18n/language.js';

interface UsersTableProps {
  users: readonly User[];
  units: Agency['units'];
}

export function UsersTable({ users, units }: UsersTableProps) {
  const t = useMessages();
  const language = useLanguage();
  const unitName = (unitId: string | null) => units.find((unit) => unit.id === unitId)?.name ?? t.common.empty;
  const columns: Column<User>[] = [
    { header: t.users.username, cell: (user) => user.username },
    { header: t.users.fullName, cell: (user) => user.fullName },
    { header: t.users.role, cell: (user) => ROLE_LABELS[user.role][language] },
    { header: t.users.unit, cell: (user) => unitName(user.unitId) },
    { header: t.users.isActive, cell: (user) => (user.isActive ? t.common.yes : t.common.no) },
  ];
  return <DataTable caption={t.users.listCaption} columns={columns} rows={users} rowKey={(user) => user.id} />;
}
