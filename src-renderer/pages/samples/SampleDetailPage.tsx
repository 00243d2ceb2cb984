// One sample, for the owner: the preview exactly as a rater receives it, the names to review,
// redaction boxes drawn on the page, and its anchor scores. The student's identity stays hidden
// until "Show student" is pressed: this screen may be on the projector.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Sample } from '../../../src-main/domain/sample.js';
import { useQuery } from '../../api/use-query.js';
import { KIND_WORDS } from '../../lib/words.js';
import { Button } from '../../ui/Button.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';
import { SampleViewer } from '../../viewer/SampleViewer.js';
import { AnchorEditor } from './AnchorEditor.js';
import { BoxLayer, BoxList, useBoxes } from './RedactionBoxes.js';
import { NameReview } from './NameReview.js';
import { WorkUnderWay } from '../../ui/WorkUnderWay.js';

export function SampleDetailPage() {
  const { sampleId = '' } = useParams();
  const samples = useQuery('samples.list', {});
  return (
    <QueryView query={samples} what="the sample">
      {(list) => {
        const sample = list.find((s) => s.id === sampleId);
        if (!sample) {
          return (
            <>
              <PageHeader title="Sample not found" before={<Link to="/samples">← Samples</Link>} />
              <p>This sample does not exist, or was removed.</p>
            </>
          );
        }
        return <SampleDetail sample={sample} />;
      }}
    </QueryView>
  );
}

function SampleDetail({ sample }: { sample: Sample }) {
  const [showStudent, setShowStudent] = useState(false);
  const [drawing, setDrawing] = useState(false);
  const boxes = useBoxes(sample.id);
  const boxable = sample.kind === 'pdf' || sample.kind === 'image';
  return (
    <>
      <PageHeader
        title={`Sample ${sample.code}`}
        before={<Link to="/samples">← Samples</Link>}
        description={`${KIND_WORDS[sample.kind]}${sample.isAnchor ? ' · anchor' : ''}. The preview shows exactly what raters receive.`}
        actions={
          <Button aria-pressed={showStudent} onClick={() => setShowStudent((v) => !v)}>
            {showStudent ? 'Hide student' : 'Show student'}
          </Button>
        }
      />
      {showStudent && <Identity sampleId={sample.id} />}
      <div className="sample-detail">
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview as a rater</h2>
          {boxable && (
            <div className="row-actions">
              <Button
                variant={drawing ? 'primary' : 'secondary'}
                aria-pressed={drawing}
                onClick={() => setDrawing((v) => !v)}
              >
                {drawing ? 'Stop drawing' : 'Draw a redaction box'}
              </Button>
              {drawing && (
                <span className="muted" role="status">
                  Drag over the name on the page. Each box is burned in black for raters.
                </span>
              )}
            </div>
          )}
          <WorkUnderWay />
          <SampleViewer
            sampleId={sample.id}
            kind={sample.kind}
            mediaType={sample.mediaType}
            label={`Sample ${sample.code}`}
            overlay={
              boxable
                ? (page) => (
                    <BoxLayer
                      page={page}
                      drawing={drawing}
                      boxes={boxes.list.filter((b) => b.page === page)}
                      onDraw={(box) => void boxes.add(box)}
                    />
                  )
                : undefined
            }
          />
        </section>
        <div className="sample-detail__side">
          <NameReview sampleId={sample.id} showNames={showStudent} />
          {boxable && <BoxList sampleId={sample.id} boxes={boxes} />}
          <AnchorEditor sample={sample} />
        </div>
      </div>
    </>
  );
}

function Identity({ sampleId }: { sampleId: string }) {
  const identity = useQuery('samples.identity', { sampleId });
  return (
    <div className="notice notice--warning identity" role="region" aria-label="Student identity">
      <QueryView query={identity} what="the student">
        {(who) => (
          <p>
            Student: <strong>{who.studentName ?? 'not known (no roster name found)'}</strong> ·
            original file: <strong>{who.originalFileName}</strong>. Never shown to raters.
          </p>
        )}
      </QueryView>
    </div>
  );
}
