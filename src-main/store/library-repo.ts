// Grade bands, competencies and people: the lists a workspace is organised by.
import type { Competency, GradeBand } from '../domain/competency.js';
import type { Person, PersonRole } from '../domain/people.js';
import { statements } from './statements.js';
import type { Db } from './workspace.js';
import { newId, nowIso } from './ids.js';

export function libraryRepo(db: Db) {
  const sql = statements(db);
  return {
    listGradeBands(): GradeBand[] {
      return sql('SELECT id, name FROM grade_bands ORDER BY position').all() as GradeBand[];
    },

    addGradeBand(name: string): GradeBand {
      const id = newId();
      const position = (sql('SELECT COUNT(*) AS n FROM grade_bands').get() as { n: number }).n;
      sql('INSERT INTO grade_bands (id, name, position) VALUES (?, ?, ?)').run(id, name, position);
      return { id, name };
    },

    listCompetencies(): Competency[] {
      const rows = sql(
        'SELECT id, name, description, archived FROM competencies ORDER BY position',
      ).all() as { id: string; name: string; description: string; archived: number }[];
      return rows.map((r) => ({ ...r, archived: r.archived === 1 }));
    },

    addCompetency(name: string, description: string): Competency {
      const id = newId();
      const position = (sql('SELECT COUNT(*) AS n FROM competencies').get() as { n: number }).n;
      sql('INSERT INTO competencies (id, name, description, position) VALUES (?, ?, ?, ?)').run(
        id,
        name,
        description,
        position,
      );
      return { id, name, description, archived: false };
    },

    listPeople(): Person[] {
      const people = sql('SELECT id, name, archived FROM people ORDER BY name').all() as {
        id: string;
        name: string;
        archived: number;
      }[];
      const roles = sql('SELECT person_id, role FROM person_roles').all() as {
        person_id: string;
        role: PersonRole;
      }[];
      return people.map((p) => ({
        id: p.id,
        name: p.name,
        archived: p.archived === 1,
        roles: roles.filter((r) => r.person_id === p.id).map((r) => r.role),
      }));
    },

    findPerson(id: string): Person | undefined {
      return this.listPeople().find((p) => p.id === id);
    },

    addPerson(name: string, roles: PersonRole[]): Person {
      return db.transaction(() => {
        const id = newId();
        sql('INSERT INTO people (id, name, created_at) VALUES (?, ?, ?)').run(id, name, nowIso());
        const role = sql('INSERT INTO person_roles (person_id, role) VALUES (?, ?)');
        for (const r of new Set(roles)) role.run(id, r);
        return { id, name, roles: [...new Set(roles)], archived: false };
      })();
    },
  };
}
export type LibraryRepo = ReturnType<typeof libraryRepo>;
