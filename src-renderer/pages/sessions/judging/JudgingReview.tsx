// The last look at a comparative judgement session before it is created.
import { useQuery } from '../../../api/use-query.js';
import { TermList } from '../../../ui/TermList.js';
import type { Draft } from '../new-session-draft.js';
import { JUDGEMENT_KIND_WORDS, perSampleFigure } from './judging-words.js';

export function JudgingReview({ draft }: { draft: Draft }) {
  const rubrics = useQuery('rubrics.list', {});
  const people = useQuery('people.list', {});
  const samples = useQuery('samples.list', {});
  const competencies = useQuery('competencies.list', {});
  const rubric = rubrics.data?.find((r) => r.latestVersionId === draft.rubricVersionId);
  const judges = (people.data ?? []).filter((p) => draft.raterIds.includes(p.id));
  const facilitator = (people.data ?? []).find((p) => p.id === draft.facilitatorId);
  const anchors = (samples.data ?? []).filter(
    (s) => s.isAnchor && draft.sampleIds.includes(s.id),
  ).length;
  const competency = competencies.data?.find((c) => c.id === draft.competencyId);
  const figure = perSampleFigure(draft.sampleIds.length, draft.raterIds.length, draft.perJudge);
  return (
    <TermList
      className="facts"
      terms={[
        { term: 'Kind', value: JUDGEMENT_KIND_WORDS },
        { term: 'Title', value: draft.title },
        { term: 'Date', value: draft.heldOn },
        { term: 'Facilitator', value: facilitator?.name ?? 'Not recorded' },
        {
          term: 'Rubric',
          value: rubric
            ? `${rubric.title} (version ${rubric.latestVersion}): its levels name the bands`
            : '—',
        },
        {
          term: 'Samples',
          value: `${draft.sampleIds.length}${anchors > 0 ? `, of which ${anchors} ${anchors === 1 ? 'anchor' : 'anchors'} (only you see this)` : ''}`,
        },
        { term: 'Judges', value: judges.map((p) => p.name).join(', ') },
        { term: 'Question', value: draft.question.trim() },
        !!competency && { term: 'From the competency', value: competency.name },
        {
          term: 'Judgements',
          value: `${draft.perJudge} per judge${figure ? `, ${figure.words}` : ''} · ${draft.hideRaterNames ? 'judge names hidden on shared screens' : 'judge names shown'}`,
        },
      ]}
    />
  );
}
