// The logged-in user (or null) and the CSRF token for writes, fetched once from /api/auth/me.
import { useCallback, useEffect, useState } from 'react';
import { api, setCsrfToken } from './api';
import type { Session, SignedIn, SignedInUser } from './api-types.gen';

export function useSession() {
  const [user, setUser] = useState<SignedInUser | null>(null);
  const [ready, setReady] = useState(false);
  const apply = useCallback((me: Session) => {
    setCsrfToken(me.csrfToken);
    setUser(me.user);
    setReady(true);
  }, []);
  useEffect(() => {
    api.get<Session>('/api/auth/me').then(apply, () => setReady(true));
  }, [apply]);
  const login = async (username: string, password: string) =>
    apply(await api.post<SignedIn>('/api/auth/login', { username, password }));
  const logout = async () => {
    await api.post('/api/auth/logout');
    apply({ user: null, csrfToken: null });
  };
  const canReview = user?.role === 'analyst' || user?.role === 'admin';
  return { user, ready, login, logout, canReview };
}
