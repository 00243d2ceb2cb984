// Rubrics and competencies are one library a team prepares before a meeting: two tabs of it.
import { NavLink } from 'react-router';

export function LibraryTabs() {
  const className = ({ isActive }: { isActive: boolean }) =>
    `library-tabs__tab${isActive ? ' library-tabs__tab--current' : ''}`;
  return (
    <nav className="library-tabs" aria-label="Library">
      <NavLink to="/rubrics" end className={className}>
        Rubrics
      </NavLink>
      <NavLink to="/rubrics/competencies" className={className}>
        Competencies
      </NavLink>
    </nav>
  );
}
