/**
 * Staff accounts, for owner pickers and for naming who proposed a remedy. Loaded once
 * per page load and shared; roles that may not list users get an empty list.
 */
import { useEffect, useState } from 'react';
import { api, session } from '../../api/client';
import { can } from './next-steps';

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'supervisor' | 'quality_manager' | 'agent' | 'handler';
  active: boolean;
}

let cache: Promise<StaffUser[]> | null = null;

async function loadAll(): Promise<StaffUser[]> {
  const users: StaffUser[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page: { items: StaffUser[]; nextCursor: string | null } = await api(
      `/api/v1/users?limit=200${query}`,
    );
    users.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && users.length < 1000);
  return users;
}

export function useStaffUsers(): StaffUser[] {
  const [users, setUsers] = useState<StaffUser[]>([]);
  useEffect(() => {
    if (!can(session.user(), 'listUsers')) return;
    cache ??= loadAll().catch(() => {
      cache = null;
      return [];
    });
    let live = true;
    void cache.then((loaded) => live && setUsers(loaded));
    return () => {
      live = false;
    };
  }, []);
  return users;
}
