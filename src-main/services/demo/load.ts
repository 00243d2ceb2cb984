// Puts the demo content into an empty workspace through the same services the app uses, so the
// demo passes every rule real data must.
import type { Actor } from '../../domain/actor.js';
import { redactNames } from '../../domain/redact.js';
import { nameRedaction } from '../../domain/sample.js';
import { DEFAULT_SESSION_OPTIONS } from '../../domain/session.js';
import type { Store } from '../../store/index.js';
import type { Services } from '../index.js';
import { demoContent } from './content.js';
import { demoHistory } from './history.js';

const OWNER: Actor = { role: 'owner' };

/**
 * Loads the demo into an empty workspace; returns false (and changes nothing) otherwise. Called
 * as `services.demo.load()`: besides the services it writes a few rows directly to the store
 * (grade bands, roster redactions, anchor scores) in the same transaction.
 */
export function loadDemo(services: Omit<Services, 'demo'>, store: Store): boolean {
  const counts = store.counts();
  if (Object.values(counts).some((n) => n > 0)) return false;
  const demo = demoContent();

  services.bus.quietly(
    () =>
      store.transaction(() => {
        const bands = new Map(
          demo.gradeBands.map((name) => [name, store.library.addGradeBand(name).id]),
        );
        const competencies = new Map(
          demo.competencies.map((c) => [
            c.name,
            services.library.addCompetency(c.name, c.description).id,
          ]),
        );
        const rubric = services.rubrics.create({
          title: demo.rubric.title,
          description: demo.rubric.description,
          gradeBandId: bands.get(demo.rubric.gradeBand) ?? null,
          levels: demo.rubric.levels,
          criteria: demo.rubric.criteria.map((c) => ({
            name: c.name,
            competencyId: competencies.get(c.competency) ?? null,
            descriptors: c.descriptors,
          })),
        });
        const criterionByName = new Map(rubric.criteria.map((c) => [c.name, c]));
        const people = new Map(
          demo.people.map((p) => [p.name, services.library.addPerson(p.name, p.roles).id]),
        );
        const roster = demo.samples.map((s) => s.studentName);

        const samples = new Map<string, string>();
        for (const file of demo.samples) {
          // Names on the class roster leave the text and the PDFs' text layers; the drawings hold none.
          const redact = (text: string) => redactNames(text, roster);
          const anonymized = file.rerender
            ? file.rerender(redact)
            : file.kind === 'text' || file.kind === 'markdown'
              ? new TextEncoder().encode(redact(new TextDecoder().decode(file.bytes)))
              : file.bytes;
          const sample = services.samples.add({
            kind: file.kind,
            file: { bytes: anonymized, mediaType: file.mediaType },
            original: { bytes: file.bytes, mediaType: file.mediaType, fileName: file.fileName },
            studentName: file.studentName,
            gradeBandId: bands.get(demo.rubric.gradeBand) ?? null,
            competencyId: competencies.get(demo.rubric.criteria[0]!.competency) ?? null,
          });
          samples.set(file.fileName, sample.id);
          // Recorded as an import records its roster matches, so a box or a confirmed name added
          // later re-renders from the original with the roster names still redacted.
          if (file.kind !== 'image') {
            for (const name of roster) {
              store.samples.addRedaction(nameRedaction(sample.id, 'roster_name', name));
            }
          }
          if (file.anchor) {
            store.samples.setAnchorScores(
              sample.id,
              rubric.rubricId,
              Object.entries(file.anchor).map(([criterion, ref]) => ({
                criterionKey: criterionByName.get(criterion)!.key,
                score: ref.score,
                rationale: ref.rationale,
              })),
            );
          }
        }

        const facilitatorId =
          people.get(demo.people.find((p) => p.roles.includes('facilitator'))!.name) ?? null;
        // The earlier sessions first, so October's stays the latest.
        for (const session of [...demoHistory(demo), demo.session]) {
          const created = services.sessions.create({
            title: session.title,
            heldOn: session.heldOn,
            rubricVersionId: rubric.id,
            facilitatorId,
            options: { ...DEFAULT_SESSION_OPTIONS, rounds: 1 },
            sampleIds: session.samples.map((name) => samples.get(name)!),
            raterIds: session.raters.map((name) => people.get(name)!),
          });
          // A score or a consensus names its sample by file name and its criterion by name.
          const cell = (sample: string, criterion: string) => ({
            sessionId: created.id,
            sampleId: samples.get(sample)!,
            criterionId: criterionByName.get(criterion)!.id,
          });
          services.sessions.start(created.id, OWNER);
          for (const score of session.scores) {
            services.scoring.record(
              {
                ...cell(score.sample, score.criterion),
                score: score.score,
                note: score.note,
                raterId: people.get(score.rater)!,
              },
              OWNER,
            );
          }
          services.sessions.reveal(created.id, undefined, OWNER);
          for (const consensus of session.consensus) {
            services.discussion.recordConsensus(
              {
                ...cell(consensus.sample, consensus.criterion),
                score: consensus.score,
                rationale: consensus.rationale,
              },
              OWNER,
            );
          }
          for (const clarification of session.clarifications) {
            const criterion = clarification.criterion
              ? criterionByName.get(clarification.criterion)
              : undefined;
            services.discussion.addClarification(
              created.id,
              criterion?.id ?? null,
              clarification.text,
            );
          }
          services.sessions.close(created.id, OWNER);
        }
      }),
    { topic: 'workspace' },
  );
  return true;
}
