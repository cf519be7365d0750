import { useSession } from '@/features/auth/components/session-context';
import { CustomerListPage } from '@/features/customers/components/customer-list-page';

/** Joins the session (auth) and the list (customers): features never import each other. */
export function CustomerListRoute() {
  const { permissions } = useSession();
  return <CustomerListPage canCreate={permissions.customers.edit !== 'none'} />;
}
