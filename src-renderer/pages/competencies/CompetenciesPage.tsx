// Competencies and their learning continua, next to the rubrics that assess them.
import { useState } from 'react';
import { useQuery } from '../../api/use-query.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';
import { LibraryTabs } from '../rubrics/LibraryTabs.js';
import { AddCompetencyForm } from './AddCompetencyForm.js';
import { CompetencyList } from './CompetencyList.js';
import { ContinuumEditor } from './ContinuumEditor.js';
import { GradeBandsEditor } from './GradeBandsEditor.js';

export function CompetenciesPage() {
  const competencies = useQuery('competencies.list', {});
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title="Competencies"
        description="The broad outcomes rubric criteria are tied to, and each one’s learning continuum: what its levels look like in every grade band."
      />
      <LibraryTabs />
      <section className="library-section" aria-labelledby="competencies-heading">
        <h2 id="competencies-heading">Competencies</h2>
        <QueryView query={competencies} what="competencies">
          {(list) => (
            <>
              <CompetencyList competencies={list} />
              <AddCompetencyForm />
              <GradeBandsEditor />
              {list.length > 0 && (
                <ContinuumEditor
                  competencies={list}
                  competencyId={
                    list.find((c) => c.id === chosen)?.id ??
                    list.find((c) => !c.archived)?.id ??
                    list[0]!.id
                  }
                  onChoose={setChosen}
                />
              )}
            </>
          )}
        </QueryView>
      </section>
    </>
  );
}
