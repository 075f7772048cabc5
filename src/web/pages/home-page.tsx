// The home page of whoever is signed in: one per role.
import { useUser } from '../session/session';
import { AdminHome } from './home/admin-home';
import { AnalystHome } from './home/analyst-home';
import { HumanitarianHome } from './home/humanitarian-home';
import { OfficerHome } from './home/officer-home';
import { SupervisorHome } from './home/supervisor-home';

export function HomePage() {
  const user = useUser();
  switch (user.role) {
    case 'officer':
      return <OfficerHome user={user} />;
    case 'supervisor':
      return <SupervisorHome user={user} />;
    case 'humanitarian':
      return <HumanitarianHome user={user} />;
    case 'analyst':
      return <AnalystHome user={user} />;
    case 'admin':
      return <AdminHome user={user} />;
    default: {
      const unknown: never = user.role;
      return unknown;
    }
  }
}
