// Login form in the header; shows the user and a logout button once logged in.
import { useState, type FormEvent } from 'react';
import type { useSession } from '../session';

export function LoginBox({ session }: { session: ReturnType<typeof useSession> }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (session.user) {
    return (
      <div className="login">
        <span data-testid="whoami">
          {session.user.username} ({session.user.role})
        </span>{' '}
        <button type="button" onClick={() => void session.logout()}>
          Log out
        </button>
      </div>
    );
  }
  if (!open)
    return (
      <div className="login">
        <button type="button" onClick={() => setOpen(true)}>
          Log in
        </button>
      </div>
    );
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    try {
      await session.login(String(f.get('username')), String(f.get('password')));
      setOpen(false);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form className="login" onSubmit={(e) => void submit(e)} aria-label="log in">
      <input name="username" placeholder="username" autoComplete="username" required maxLength={100} />
      <input
        name="password"
        type="password"
        placeholder="password"
        autoComplete="current-password"
        required
        maxLength={1000}
      />
      <button type="submit">Log in</button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
