// The shell: header (title, login), then either the explorer (filters, map, timeline, list) or one event.
import { useCallback } from 'react';
import { navigate, parseRoute, useLocation } from './router';
import { useSession } from './session';
import { Explorer } from './components/Explorer';
import { EventPage } from './components/EventPage';
import { LoginBox } from './components/LoginBox';
import { SourcesPage } from './components/SourcesPage';
import { DuplicatesPage } from './components/DuplicatesPage';

export function App() {
  const loc = useLocation();
  const session = useSession();
  const route = parseRoute(loc.path);
  const home = useCallback(
    (e: React.MouseEvent) => {
      e.preventDefault();
      navigate('/' + loc.search);
    },
    [loc.search],
  );
  return (
    <div className="app">
      <header className="top">
        <a href={'/' + loc.search} onClick={home} className="brand">
          Khronika
        </a>
        <span className="tagline">protest, resistance and repression — events with their sources</span>
        {session.canReview && (
          <a
            href="/duplicates"
            onClick={(e) => {
              e.preventDefault();
              navigate('/duplicates');
            }}
            className="nav"
          >
            Possible duplicates
          </a>
        )}
        {session.canReview && (
          <a
            href="/sources"
            onClick={(e) => {
              e.preventDefault();
              navigate('/sources');
            }}
            className="nav"
          >
            Sources
          </a>
        )}
        <LoginBox session={session} />
      </header>
      {/* The explorer starts at once with the public view (it refetches if a session turns up); an event
          page waits for the session, as an unpublished event is only visible to analysts. */}
      {route.page === 'duplicates' ? (
        session.ready && <DuplicatesPage search={loc.search} />
      ) : route.page === 'sources' ? (
        session.ready && <SourcesPage user={session.user} />
      ) : route.page === 'event' ? (
        session.ready && <EventPage id={route.id} search={loc.search} session={session} />
      ) : (
        <Explorer
          search={loc.search}
          canReview={session.canReview}
          signedIn={!!session.user}
          userId={session.user?.id}
        />
      )}
    </div>
  );
}
