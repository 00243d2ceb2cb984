// Competencies, grade bands and the learning continuum (a competency's levels per grade band).
import type { Competency, Continuum, ContinuumLevel, GradeBand } from '../domain/competency.js';
import { continuumProblems } from '../domain/competency.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { Store } from '../store/index.js';
import type { ChangeBus } from './events.js';

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function competenciesService(store: Store, bus: ChangeBus) {
  const competency = (id: string): Competency => {
    const found = store.library.listCompetencies().find((c) => c.id === id);
    if (!found) throw new NotFoundError(`No competency ${id}.`);
    return found;
  };
  const gradeBand = (id: string): GradeBand => {
    const found = store.library.listGradeBands().find((b) => b.id === id);
    if (!found) throw new NotFoundError(`No grade band ${id}.`);
    return found;
  };
  const checkIds = (field: string, ids: string[], known: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (!known.includes(id)) throw ValidationError.at([field, i], `no such id ${id}`);
      if (seen.has(id)) throw ValidationError.at([field, i], `${id} is listed twice`);
      seen.add(id);
    });
  };
  const changed = () => bus.emit({ topic: 'rubrics' });

  return {
    update(input: Competency): Competency {
      competency(input.id);
      const name = input.name.trim();
      const clash = store.library
        .listCompetencies()
        .find((c) => c.id !== input.id && sameName(c.name, name));
      if (clash)
        throw ValidationError.at(['name'], `there is already a competency called “${clash.name}”`);
      const next = { ...input, name, description: input.description.trim() };
      store.library.updateCompetency(next);
      changed();
      return next;
    },

    /** The competencies in this order (ids not listed keep their order after these). */
    reorder(ids: string[]): Competency[] {
      checkIds(
        'ids',
        ids,
        store.library.listCompetencies().map((c) => c.id),
      );
      store.library.reorderCompetencies(ids);
      changed();
      return store.library.listCompetencies();
    },

    createGradeBand(name: string): GradeBand {
      const trimmed = name.trim();
      if (store.library.listGradeBands().some((b) => sameName(b.name, trimmed))) {
        throw ValidationError.at(['name'], `there is already a grade band called “${trimmed}”`);
      }
      const band = store.library.addGradeBand(trimmed);
      changed();
      return band;
    },

    renameGradeBand(id: string, name: string): GradeBand {
      gradeBand(id);
      const trimmed = name.trim();
      if (store.library.listGradeBands().some((b) => b.id !== id && sameName(b.name, trimmed))) {
        throw ValidationError.at(['name'], `there is already a grade band called “${trimmed}”`);
      }
      store.library.renameGradeBand(id, trimmed);
      changed();
      return { id, name: trimmed };
    },

    reorderGradeBands(ids: string[]): GradeBand[] {
      checkIds(
        'ids',
        ids,
        store.library.listGradeBands().map((b) => b.id),
      );
      store.library.reorderGradeBands(ids);
      changed();
      return store.library.listGradeBands();
    },

    /** Every grade band, in order, with this competency's levels there (none yet: an empty list). */
    continuum(competencyId: string): Continuum {
      competency(competencyId);
      const levels = store.library.continuumOf(competencyId);
      return {
        competencyId,
        bands: store.library.listGradeBands().map((band) => ({
          gradeBandId: band.id,
          gradeBandName: band.name,
          levels: levels
            .filter((l) => l.gradeBandId === band.id)
            .map(({ value, label, descriptor }) => ({ value, label, descriptor })),
        })),
      };
    },

    /** Replaces one band's levels; 3 to 6 levels going up, each with a label and a descriptor. */
    setContinuum(competencyId: string, gradeBandId: string, levels: ContinuumLevel[]): Continuum {
      competency(competencyId);
      gradeBand(gradeBandId);
      const clean = levels.map((l) => ({
        value: l.value,
        label: l.label.trim(),
        descriptor: l.descriptor.trim(),
      }));
      const problems = continuumProblems(clean);
      if (problems.length > 0) throw new ValidationError(problems);
      store.library.setContinuum(competencyId, gradeBandId, clean);
      changed();
      return this.continuum(competencyId);
    },
  };
}
