// The demo workspace's content as plain data: a grade 6-8 team's rubric, people, student work
// and one finished moderation session. The loader (load.ts) puts it in through the services, so
// everything here is pure and deterministic: the same bytes and scores on every run.

import { makeTextPdf } from './pdf.js';
import {
  AMARA_PDF_PARAGRAPHS,
  AMARA_PDF_TITLE,
  CALEB_TEXT,
  ELI_MARKDOWN,
  JAYDEN_TEXT,
  MAYA_TEXT,
  OWEN_PDF_PARAGRAPHS,
  OWEN_PDF_TITLE,
  SOFIA_TEXT,
  TASK,
  ZOE_MARKDOWN,
} from './samples.js';
import { drawBridgeSketchPng, drawTrafficChartPng } from './sketches.js';

export interface DemoSampleFile {
  /** Original file name as a teacher would have it, e.g. "Maya Okafor - bridge argument.txt" (student names are fictional). */
  fileName: string;
  kind: 'text' | 'markdown' | 'pdf' | 'image';
  mediaType: string; // text/plain, text/markdown, application/pdf, image/png
  bytes: Uint8Array;
  /** Fictional student the work belongs to (kept owner-only by the app). */
  studentName: string;
  /** Reference scores by criterion name when this sample is an anchor. */
  anchor?: Record<string, { score: number; rationale: string }>;
  /**
   * For a PDF: the file re-rendered with its text passed through `redact`, so no name survives
   * in the text layer (a box drawn over live text is not redaction).
   */
  rerender?: (redact: (text: string) => string) => Uint8Array;
}

export interface DemoContent {
  /** Grade band names, e.g. 'K-2', '3-5', '6-8', '9-12'. */
  gradeBands: string[];
  competencies: { name: string; description: string }[];
  /** The assignment the samples answer, for a session description or a sample viewer. */
  task: { title: string; prompt: string; dataPacket: string[] };
  rubric: {
    title: string;
    description: string;
    /** One of gradeBands. */
    gradeBand: string;
    /** 1 Not yet, 2 Emerging, 3 Proficient, 4 Advanced. */
    levels: { value: number; label: string }[];
    /** Each competency is a name from competencies; descriptors are keyed by level value ('1'..'4'). */
    criteria: { name: string; competency: string; descriptors: Record<string, string> }[];
  };
  people: { name: string; roles: ('rater' | 'facilitator' | 'coach')[] }[];
  samples: DemoSampleFile[];
  session: {
    title: string;
    /** ISO date (YYYY-MM-DD). */
    heldOn: string;
    /** The person who ran the session: one of the raters, who also has the facilitator role. */
    facilitator: string;
    raters: string[];
    /** fileNames of the samples used, both anchors included. */
    samples: string[];
    /** Round-1 blind scores: every rater x sample x criterion; score null = "cannot score". */
    scores: {
      sample: string;
      rater: string;
      criterion: string;
      score: number | null;
      note: string;
    }[];
    consensus: { sample: string; criterion: string; score: number; rationale: string }[];
    clarifications: { criterion: string | null; text: string }[];
  };
}

const CLAIM = 'Claim';
const EVIDENCE = 'Evidence';
const REASONING = 'Reasoning';
const COMMUNICATION = 'Communication';
const CRITERIA = [CLAIM, EVIDENCE, REASONING, COMMUNICATION] as const;
type CriterionName = (typeof CRITERIA)[number];

const DANA = 'Dana Whitfield';
const MARCUS = 'Marcus Bell';
const PRIYA = 'Priya Raman';
const LUIS = 'Luis Navarro';
const HANNAH = 'Hannah Kowalski';
const JORDAN = 'Jordan Ellis';
const COACH = 'Renee Alvarez';
/** The order of the digits in SCORE_GRID below. */
const RATERS = [DANA, MARCUS, PRIYA, LUIS, HANNAH, JORDAN] as const;
type RaterName = (typeof RATERS)[number];

const MAYA = 'Maya Okafor - bridge argument.txt';
const SOFIA = 'Sofia Marquez - footbridge or road.txt';
const ELI = 'Eli Brandt - footbridge vs wider road.md';
const JAYDEN = 'Jayden Pierce - traffic.txt';
const AMARA = 'Amara Nwosu - Harlow Road proposal.pdf';
const OWEN = 'Owen Lindqvist - letter to council.pdf';
const LILY = 'Lily Chen - traffic graph.png';
const ZOE = 'Zoe Ambrose - widen the road.md';
const NOAH = 'Noah Fischer - bridge sketch.png';
const CALEB = 'Caleb Young - my opinion.txt';
const SESSION_SAMPLES = [MAYA, SOFIA, ELI, JAYDEN, AMARA, OWEN, LILY, ZOE] as const;
type SessionSample = (typeof SESSION_SAMPLES)[number];

const COMPETENCIES = [
  {
    name: 'Scientific Argumentation',
    description:
      'Makes claims about the natural and designed world and defends them with evidence and reasoning, weighing other explanations.',
  },
  {
    name: 'Quantitative Reasoning',
    description:
      'Reads, compares and computes with data and measurements to describe a situation and decide what the numbers do and do not show.',
  },
  {
    name: 'Written Communication',
    description:
      'Writes clearly for a purpose and an audience, organizing ideas so a reader can follow them and choosing words with care.',
  },
  {
    name: 'Inquiry and Investigation',
    description:
      'Asks questions that can be investigated, plans how to gather information, and draws conclusions that fit what was found.',
  },
  {
    name: 'Civic and Community Engagement',
    description:
      'Connects learning to real decisions in the community and proposes responsible actions that consider the people affected.',
  },
  {
    name: 'Collaboration and Reflection',
    description:
      'Works with others toward a shared goal, gives and uses feedback, and reflects on how the work and the thinking could improve.',
  },
];

const RUBRIC_CRITERIA: {
  name: CriterionName;
  competency: string;
  descriptors: Record<string, string>;
}[] = [
  {
    name: CLAIM,
    competency: 'Scientific Argumentation',
    descriptors: {
      '1': 'No clear position is stated, or the claim does not answer the question of a footbridge or a wider road.',
      '2': 'States a position, but it is vague, changes partway through, or answers only part of the question (for example, "something should be done about the traffic").',
      '3': 'States a clear, arguable position for the footbridge or the wider road, and the whole piece stays with it.',
      '4': 'States a clear, precise position and names its conditions or limits (who it helps, when, at what cost); the whole piece is built around it.',
    },
  },
  {
    name: EVIDENCE,
    competency: 'Quantitative Reasoning',
    descriptors: {
      '1': 'Uses no data from the traffic packet, or the numbers used are wrong or have nothing to do with the claim.',
      '2': 'Uses one or two pieces of data, but they are listed without explanation, partly inaccurate, or only loosely connected to the claim.',
      '3': 'Uses accurate, relevant data from at least two parts of the packet (counts, times, safety reports or costs) to support the claim.',
      '4': 'Chooses the most telling data, reports it accurately with units, and combines or compares numbers (differences, totals, percentages) to make the evidence stronger.',
    },
  },
  {
    name: REASONING,
    competency: 'Scientific Argumentation',
    descriptors: {
      '1': 'Does not explain why the evidence supports the claim; the piece relies on opinion or repeats the data.',
      '2': 'Tries to connect evidence to the claim, but the explanation has gaps, leans on one general idea, or contains an error in logic.',
      '3': 'Explains how each piece of evidence supports the claim, using cause and effect or a stated principle such as safety or cost.',
      '4': 'Builds a logical chain from evidence to claim and answers a counterargument or trade-off, explaining why the claim still holds.',
    },
  },
  {
    name: COMMUNICATION,
    competency: 'Written Communication',
    descriptors: {
      '1': 'The writing is hard to follow: ideas are out of order and errors often get in the way of the meaning.',
      '2': 'The main ideas can be followed, but the organization is uneven and errors or very informal language sometimes distract the reader.',
      '3': 'The writing has an introduction, body and conclusion, uses transitions, and errors rarely distract the reader.',
      '4': 'The writing is organized with purpose for its audience (the town council), with precise word choice, smooth transitions and almost no errors.',
    },
  },
];

/**
 * Round-1 scores, one string per criterion in CRITERIA order, one digit per rater in RATERS order
 * ('-' = cannot score). Hand-designed around the consensus: Marcus reads about half a level
 * harsh, Hannah about half a level lenient, the others mostly agree; Owen's letter splits the
 * room on Evidence (2 against 4) over a miscalculation some raters caught and some did not.
 */
const SCORE_GRID: Record<SessionSample, [string, string, string, string]> = {
  [MAYA]: ['434444', '333343', '434344', '323333'],
  [SOFIA]: ['222232', '212222', '112121', '222332'],
  [ELI]: ['333333', '323333', '333343', '323333'],
  [JAYDEN]: ['111111', '111111', '111111', '111121'],
  [AMARA]: ['434444', '434444', '434443', '434444'],
  [OWEN]: ['323333', '224342', '223232', '333333'],
  [LILY]: ['1-112-', '222232', '111121', '212222'],
  [ZOE]: ['333443', '222233', '323333', '334343'],
};

type NoteKey = `${SessionSample}|${RaterName}|${CriterionName}`;
const note = (sample: SessionSample, rater: RaterName, criterion: CriterionName): NoteKey =>
  `${sample}|${rater}|${criterion}`;

/** What raters jotted beside some of their scores; most scores carry no note, as in a real session. */
const NOTES: Partial<Record<NoteKey, string>> = {
  [note(MAYA, DANA, CLAIM)]:
    'Limits the claim to school hours. That is the precision a 4 asks for.',
  [note(MAYA, MARCUS, CLAIM)]:
    'Clear claim, but I am not sure "at least for the times" counts as naming limits.',
  [note(MAYA, HANNAH, EVIDENCE)]: 'Three parts of the packet, all accurate.',
  [note(MAYA, LUIS, REASONING)]:
    'Good counterargument. The chain in paragraph 2 is a bit thin though.',
  [note(MAYA, JORDAN, REASONING)]:
    'Answers the wider-road argument with "more lanes to cross". Strong.',
  [note(MAYA, MARCUS, COMMUNICATION)]: '"A lot of", "right next to"... too casual for the council.',
  [note(SOFIA, HANNAH, CLAIM)]: 'She does say footbridge in the end? Leaning generous here.',
  [note(SOFIA, DANA, CLAIM)]: 'Footbridge OR road: she never commits.',
  [note(SOFIA, MARCUS, EVIDENCE)]: '"Like 400 cars" is not really from the packet.',
  [note(SOFIA, PRIYA, REASONING)]: 'Tries to say why the bridge is safer (walk over the cars).',
  [note(SOFIA, JORDAN, REASONING)]: 'Mostly opinion and what mom says.',
  [note(SOFIA, LUIS, COMMUNICATION)]: 'Easy to follow for a short piece.',
  [note(ELI, MARCUS, EVIDENCE)]: 'Bulleted list, nothing about the morning numbers.',
  [note(ELI, PRIYA, EVIDENCE)]: 'Accurate, and he works out the $2.2 million difference.',
  [note(ELI, DANA, REASONING)]: 'Each bullet gets explained. Solid 3.',
  [note(ELI, HANNAH, COMMUNICATION)]: 'The headings make it really easy to read.',
  [note(JAYDEN, DANA, CLAIM)]: 'No position on bridge vs road.',
  [note(JAYDEN, LUIS, EVIDENCE)]: 'No data at all.',
  [note(JAYDEN, HANNAH, COMMUNICATION)]: 'I can follow it, even with no capitals.',
  [note(JAYDEN, JORDAN, REASONING)]:
    'Want to conference with him; he has ideas but did not use the packet.',
  [note(AMARA, DANA, EVIDENCE)]:
    'Adds the two peak hours (395) and works out 79%. Exactly what a 4 looks like.',
  [note(AMARA, MARCUS, EVIDENCE)]: 'Very good, but no bike data.',
  [note(AMARA, JORDAN, REASONING)]:
    'Crossing guard idea is nice. Is the counterargument fully answered?',
  [note(AMARA, PRIYA, COMMUNICATION)]: 'Written for the council. Reads like a real proposal.',
  [note(OWEN, DANA, EVIDENCE)]: '"Twice as many walkers as cars" is backwards: 210 vs 460.',
  [note(OWEN, MARCUS, EVIDENCE)]:
    'The comparison is wrong, and lumping lunch into the car total muddies it.',
  [note(OWEN, PRIYA, EVIDENCE)]: 'Uses every number in the packet and adds up the cars correctly.',
  [note(OWEN, HANNAH, EVIDENCE)]: 'Most data of anyone so far. 1,090 total is right.',
  [note(OWEN, JORDAN, EVIDENCE)]: 'Lots of numbers but the one comparison he makes is wrong.',
  [note(OWEN, LUIS, REASONING)]: 'Cars are not people; counts vehicles as people helped.',
  [note(OWEN, PRIYA, REASONING)]: 'Impatient drivers -> accidents is a real cause-effect idea.',
  [note(OWEN, MARCUS, CLAIM)]: 'Clear, but the letter never says who the wider road is for.',
  [note(LILY, MARCUS, CLAIM)]: 'Just a graph, no words. I cannot score a claim that is not there.',
  [note(LILY, JORDAN, CLAIM)]:
    'No claim to read. Marking cannot score and flagging for discussion.',
  [note(LILY, DANA, CLAIM)]: 'Nothing written, so Not yet.',
  [note(LILY, HANNAH, EVIDENCE)]: 'Bars match the packet. Nice graph!',
  [note(LILY, PRIYA, EVIDENCE)]: 'Accurate bars, but no labels or units.',
  [note(LILY, HANNAH, REASONING)]: 'Putting walkers next to cars is a start on the why.',
  [note(LILY, MARCUS, COMMUNICATION)]: 'No title, no axis labels.',
  [note(ZOE, LUIS, CLAIM)]: 'Claims that widening fixes the cause. Precise and arguable.',
  [note(ZOE, MARCUS, CLAIM)]: 'Clear claim. The support is thin, but that is Evidence, not Claim.',
  [note(ZOE, DANA, EVIDENCE)]: 'Only one number. "A lot of near-misses" when the packet says 14.',
  [note(ZOE, JORDAN, EVIDENCE)]: 'Uses the delay data well and mentions the near-miss timing.',
  [note(ZOE, PRIYA, COMMUNICATION)]: 'Strong voice, good transitions.',
  [note(ZOE, HANNAH, REASONING)]: 'Frustrated drivers -> rushing -> not seeing kids. Good chain.',
};

const CONSENSUS: Record<SessionSample, Record<CriterionName, [number, string]>> = {
  [MAYA]: {
    [CLAIM]: [
      4,
      'Limits the claim to school hours and names who it is for; the whole piece is built around it.',
    ],
    [EVIDENCE]: [
      3,
      'Accurate data from three parts of the packet, but reported rather than combined; she never says 11 of 14 is most of them.',
    ],
    [REASONING]: [
      4,
      'Answers the wider-road argument directly (more lanes to cross) and explains why safety outweighs delay.',
    ],
    [COMMUNICATION]: [
      3,
      'Clear structure and transitions; a few casual phrases ("a lot of") keep it from a 4 for a council audience.',
    ],
  },
  [SOFIA]: {
    [CLAIM]: [
      2,
      'Takes both sides ("the footbridge or make the road bigger"), so the claim is there but vague.',
    ],
    [EVIDENCE]: [
      2,
      'One rounded number ("like 400 cars") and a guess about cost: some data, loosely connected.',
    ],
    [REASONING]: [
      1,
      'Relies on opinion and a family story; no explanation of why the data supports either project.',
    ],
    [COMMUNICATION]: [
      2,
      'Easy to follow in places, but spelling and run-on ideas distract and there is no real conclusion.',
    ],
  },
  [ELI]: {
    [CLAIM]: [3, 'A clear claim stated up front and kept all the way through.'],
    [EVIDENCE]: [
      3,
      'Accurate data from counts, safety reports and costs. The $2.2 million difference is a start on combining, but the bullets are mostly listed.',
    ],
    [REASONING]: [
      3,
      'Explains each piece of evidence with cause and effect. No counterargument, so not a 4.',
    ],
    [COMMUNICATION]: [
      3,
      'Well organized; the headings do the work that transitions would do in an essay. Errors rarely distract.',
    ],
  },
  [JAYDEN]: {
    [CLAIM]: [1, 'Says traffic should be fixed but never answers bridge or road.'],
    [EVIDENCE]: [1, 'No data from the packet.'],
    [REASONING]: [1, 'Personal experience only; nothing connects to a claim.'],
    [COMMUNICATION]: [1, 'One block of text without capitals or order; the ideas jump around.'],
  },
  [AMARA]: {
    [CLAIM]: [4, 'Precise claim with its conditions (when the danger happens, what it costs).'],
    [EVIDENCE]: [
      4,
      'Combines the two peak hours (395 walkers), computes 79 percent and the $2.2 million saving. Not using the bike data does not lower it.',
    ],
    [REASONING]: [
      4,
      'Answers the delay argument and explains the trade-off; the crossing guard idea shows she thought about the gap before the bridge is built.',
    ],
    [COMMUNICATION]: [4, 'Written for the council with precise word choice and almost no errors.'],
  },
  [OWEN]: {
    [CLAIM]: [3, 'Clear claim for widening, stated in the opening and repeated at the end.'],
    [EVIDENCE]: [
      3,
      'Uses every part of the packet and totals the cars correctly. The "twice as many walkers" slip is real, but his claim does not rest on it (see the clarification we agreed).',
    ],
    [REASONING]: [
      2,
      'Counts vehicles as people helped, and the impatient-driver idea is asserted, not supported. A start, with a logic gap.',
    ],
    [COMMUNICATION]: [3, 'Proper letter format, organized and easy to read.'],
  },
  [LILY]: {
    [CLAIM]: [
      1,
      'No written position. Scored as Not yet, not "cannot score", per the clarification.',
    ],
    [EVIDENCE]: [
      2,
      'The bars match the packet, but without labels or units a reader cannot tell what they show.',
    ],
    [REASONING]: [1, 'Nothing connects the graph to a choice between the projects.'],
    [COMMUNICATION]: [2, 'A neat graph with a picture legend; no title or axis labels.'],
  },
  [ZOE]: {
    [CLAIM]: [
      3,
      'Clear and arguable, and she stays with it. We talked about a 4 ("fixes the cause"), but no conditions or limits are named.',
    ],
    [EVIDENCE]: [
      2,
      'Only the delay numbers are used; "a lot of near-misses" when the packet gives 14 and 11.',
    ],
    [REASONING]: [
      3,
      'A real cause-and-effect chain and she takes on the cost argument, but the answer to it is brief.',
    ],
    [COMMUNICATION]: [
      3,
      'Organized with a strong voice and good transitions; reads as Proficient.',
    ],
  },
};

const CLARIFICATIONS: { criterion: string | null; text: string }[] = [
  {
    criterion: EVIDENCE,
    text: 'One miscalculation does not pull Evidence below Proficient when the rest of the data is accurate and the claim does not depend on the mistake. Several errors, or an error the claim rests on, is Emerging.',
  },
  {
    criterion: CLAIM,
    text: 'A chart or drawing with no written position is scored Not yet for Claim and Reasoning. Keep "cannot score" for files that will not open or cannot be read.',
  },
  {
    criterion: null,
    text: 'Score the work in front of us, not what we know the student can do in class. Spelling counts only under Communication, and only when it gets in the way of the meaning.',
  },
];

const MAYA_ANCHOR: Record<string, { score: number; rationale: string }> = {
  [CLAIM]: {
    score: 4,
    rationale:
      'Takes a clear side and limits it ("at least for the times when students are walking"), then organizes every paragraph around it.',
  },
  [EVIDENCE]: {
    score: 3,
    rationale:
      'Accurate counts, near-miss and cost data from three parts of the packet. The numbers are reported, not combined, which is the line between 3 and 4.',
  },
  [REASONING]: {
    score: 4,
    rationale:
      'Explains why peak-hour danger points to the bridge and answers the strongest counterargument: a wider road means more lanes for walkers to cross.',
  },
  [COMMUNICATION]: {
    score: 3,
    rationale:
      'Introduction, body and conclusion with transitions. Informal phrases ("a lot of", "right next to") are fine for a 3 but not precise enough for the council at 4.',
  },
};

const SOFIA_ANCHOR: Record<string, { score: number; rationale: string }> = {
  [CLAIM]: {
    score: 2,
    rationale:
      'There is a position, but it is "the footbridge or make the road bigger": the question is not really answered.',
  },
  [EVIDENCE]: {
    score: 2,
    rationale:
      'One approximate count ("like 400 cars") and a guess that the bridge is cheaper. Some data, loosely tied to the claim.',
  },
  [REASONING]: {
    score: 1,
    rationale:
      'The support is opinion and a family story; nothing explains why the data favors either project.',
  },
  [COMMUNICATION]: {
    score: 2,
    rationale:
      'Paragraphs follow a rough order, but spelling ("alot", "to" for "too") and the missing conclusion distract the reader.',
  },
};

const encoder = new TextEncoder();

function copyAnchor(anchor: Record<string, { score: number; rationale: string }>) {
  return Object.fromEntries(Object.entries(anchor).map(([k, v]) => [k, { ...v }]));
}

function sampleFiles(): DemoSampleFile[] {
  return [
    {
      fileName: MAYA,
      kind: 'text',
      mediaType: 'text/plain',
      bytes: encoder.encode(MAYA_TEXT),
      studentName: 'Maya Okafor',
      anchor: copyAnchor(MAYA_ANCHOR),
    },
    {
      fileName: SOFIA,
      kind: 'text',
      mediaType: 'text/plain',
      bytes: encoder.encode(SOFIA_TEXT),
      studentName: 'Sofia Marquez',
      anchor: copyAnchor(SOFIA_ANCHOR),
    },
    {
      fileName: ELI,
      kind: 'markdown',
      mediaType: 'text/markdown',
      bytes: encoder.encode(ELI_MARKDOWN),
      studentName: 'Eli Brandt',
    },
    {
      fileName: JAYDEN,
      kind: 'text',
      mediaType: 'text/plain',
      bytes: encoder.encode(JAYDEN_TEXT),
      studentName: 'Jayden Pierce',
    },
    {
      fileName: AMARA,
      kind: 'pdf',
      mediaType: 'application/pdf',
      bytes: makeTextPdf(AMARA_PDF_TITLE, AMARA_PDF_PARAGRAPHS),
      rerender: (redact) => makeTextPdf(redact(AMARA_PDF_TITLE), AMARA_PDF_PARAGRAPHS.map(redact)),
      studentName: 'Amara Nwosu',
    },
    {
      fileName: OWEN,
      kind: 'pdf',
      mediaType: 'application/pdf',
      bytes: makeTextPdf(OWEN_PDF_TITLE, OWEN_PDF_PARAGRAPHS),
      rerender: (redact) => makeTextPdf(redact(OWEN_PDF_TITLE), OWEN_PDF_PARAGRAPHS.map(redact)),
      studentName: 'Owen Lindqvist',
    },
    {
      fileName: LILY,
      kind: 'image',
      mediaType: 'image/png',
      bytes: drawTrafficChartPng(),
      studentName: 'Lily Chen',
    },
    {
      fileName: ZOE,
      kind: 'markdown',
      mediaType: 'text/markdown',
      bytes: encoder.encode(ZOE_MARKDOWN),
      studentName: 'Zoe Ambrose',
    },
    {
      fileName: NOAH,
      kind: 'image',
      mediaType: 'image/png',
      bytes: drawBridgeSketchPng(),
      studentName: 'Noah Fischer',
    },
    {
      fileName: CALEB,
      kind: 'text',
      mediaType: 'text/plain',
      bytes: encoder.encode(CALEB_TEXT),
      studentName: 'Caleb Young',
    },
  ];
}

function sessionScores(): DemoContent['session']['scores'] {
  const scores: DemoContent['session']['scores'] = [];
  for (const sample of SESSION_SAMPLES) {
    SCORE_GRID[sample].forEach((row, c) => {
      const criterion = CRITERIA[c]!;
      RATERS.forEach((rater, r) => {
        const digit = row[r];
        if (digit === undefined) throw new Error(`demo score grid: ${sample} row ${c} is short`);
        scores.push({
          sample,
          rater,
          criterion,
          score: digit === '-' ? null : Number(digit),
          note: NOTES[note(sample, rater, criterion)] ?? '',
        });
      });
    });
  }
  return scores;
}

function sessionConsensus(): DemoContent['session']['consensus'] {
  return SESSION_SAMPLES.flatMap((sample) =>
    CRITERIA.map((criterion) => {
      const [score, rationale] = CONSENSUS[sample][criterion];
      return { sample, criterion, score, rationale };
    }),
  );
}

/** A fresh copy of the demo content each call, so a caller may change it without side effects. */
export function demoContent(): DemoContent {
  return {
    gradeBands: ['K-2', '3-5', '6-8', '9-12'],
    competencies: COMPETENCIES.map((c) => ({ ...c })),
    task: { title: TASK.title, prompt: TASK.prompt, dataPacket: [...TASK.dataPacket] },
    rubric: {
      title: 'Argument from Data: Footbridge or Wider Road?',
      description:
        'Grade 6-8 science and ELA task. Students read a traffic data packet for the Harlow Road ' +
        'crossing and argue whether the town should build a footbridge or widen the road. ' +
        'Score each criterion on its own; a piece can be strong in one and weak in another.',
      gradeBand: '6-8',
      levels: [
        { value: 1, label: 'Not yet' },
        { value: 2, label: 'Emerging' },
        { value: 3, label: 'Proficient' },
        { value: 4, label: 'Advanced' },
      ],
      criteria: RUBRIC_CRITERIA.map((c) => ({ ...c, descriptors: { ...c.descriptors } })),
    },
    people: [
      { name: DANA, roles: ['rater', 'facilitator'] },
      { name: MARCUS, roles: ['rater'] },
      { name: PRIYA, roles: ['rater'] },
      { name: LUIS, roles: ['rater'] },
      { name: HANNAH, roles: ['rater'] },
      { name: JORDAN, roles: ['rater'] },
      { name: COACH, roles: ['coach'] },
    ],
    samples: sampleFiles(),
    session: {
      title: 'Grade 7 moderation: Harlow Road argument',
      heldOn: '2026-10-14',
      facilitator: DANA,
      raters: [...RATERS],
      samples: [...SESSION_SAMPLES],
      scores: sessionScores(),
      consensus: sessionConsensus(),
      clarifications: CLARIFICATIONS.map((c) => ({ ...c })),
    },
  };
}
