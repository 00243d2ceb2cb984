// Grade bands, competencies and people: the lists a workspace is organised by.
import type { Competency, ContinuumLevel, GradeBand } from '../domain/competency.js';
import type { Person, PersonRole } from '../domain/people.js';
import { statements } from './statements.js';
import type { Db } from './workspace.js';
import { newId, nowIso } from './ids.js';

export function libraryRepo(db: Db) {
  const sql = statements(db);
  const reorder = (table: 'grade_bands' | 'competencies', ids: string[]) =>
    db.transaction(() => {
      const all = (sql(`SELECT id FROM ${table} ORDER BY position`).all() as { id: string }[]).map(
        (r) => r.id,
      );
      const listed = new Set(ids);
      const order = [
        ...ids.filter((id) => all.includes(id)),
        ...all.filter((id) => !listed.has(id)),
      ];
      const update = sql(`UPDATE ${table} SET position = ? WHERE id = ?`);
      order.forEach((id, i) => update.run(i, id));
    })();
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

    renameGradeBand(id: string, name: string): void {
      sql('UPDATE grade_bands SET name = ? WHERE id = ?').run(name, id);
    },

    /** Puts the listed ids first, in this order; any not listed keep their order after them. */
    reorderGradeBands(ids: string[]): void {
      reorder('grade_bands', ids);
    },

    updateCompetency(competency: Competency): void {
      sql('UPDATE competencies SET name = ?, description = ?, archived = ? WHERE id = ?').run(
        competency.name,
        competency.description,
        competency.archived ? 1 : 0,
        competency.id,
      );
    },

    reorderCompetencies(ids: string[]): void {
      reorder('competencies', ids);
    },

    /** The continuum of one competency: every grade band's levels, lowest first. */
    continuumOf(competencyId: string): (ContinuumLevel & { gradeBandId: string })[] {
      return (
        sql(
          `SELECT grade_band_id, level_value, label, descriptor FROM continuum_levels
             WHERE competency_id = ? ORDER BY level_value`,
        ).all(competencyId) as {
          grade_band_id: string;
          level_value: number;
          label: string;
          descriptor: string;
        }[]
      ).map((r) => ({
        gradeBandId: r.grade_band_id,
        value: r.level_value,
        label: r.label,
        descriptor: r.descriptor,
      }));
    },

    /** Replaces one competency's levels in one grade band, in one transaction. */
    setContinuum(competencyId: string, gradeBandId: string, levels: ContinuumLevel[]): void {
      db.transaction(() => {
        sql('DELETE FROM continuum_levels WHERE competency_id = ? AND grade_band_id = ?').run(
          competencyId,
          gradeBandId,
        );
        const insert = sql(
          `INSERT INTO continuum_levels (competency_id, grade_band_id, level_value, label, descriptor)
             VALUES (?, ?, ?, ?, ?)`,
        );
        for (const l of levels)
          insert.run(competencyId, gradeBandId, l.value, l.label, l.descriptor);
      })();
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
