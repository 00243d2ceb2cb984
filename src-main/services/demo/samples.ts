// The demo's student work: original pieces written for Concord, in the voices of grade 6-8
// students of different strengths, answering one task. The names are fictional; several pieces
// carry the student's name inside the text so the app's anonymization has something to remove.

/** The task every sample answers, and the data packet the students were given. */
export const TASK = {
  title: 'Footbridge or Wider Road?',
  prompt:
    'The Millbrook town council can afford one project at the Harlow Road crossing by ' +
    'Ridgeview Middle School: a footbridge over the road, or widening the road to add a turn ' +
    'lane. Use the traffic data packet to argue which project the council should choose. ' +
    'State your claim, support it with evidence from the data, and explain your reasoning.',
  dataPacket: [
    'Average counts at the crossing, one school week: 7:30-8:30 am 410 cars, 185 people walking, 42 bikes; 11:00 am-12:00 pm 220 cars, 30 walking, 6 bikes; 3:00-4:00 pm 460 cars, 210 walking, 38 bikes.',
    'Near-misses reported at the crossing last school year: 14, of which 11 were between 7:30-8:30 am or 3:00-4:00 pm.',
    'Average wait for people walking to cross at the busiest hours: 95 seconds.',
    'Estimated cost: footbridge $1.2 million; widening the road with a turn lane $3.4 million.',
    "Widening is expected to cut drivers' delay at the busiest hours from about 4 minutes to about 2 minutes.",
  ],
} as const;

export const MAYA_TEXT = `Name: Maya Okafor
Period 3 Science

Build the Footbridge

Ridgeview should build the footbridge over Harlow Road, at least for the times when students are walking to and from school. A wider road would help drivers, but it would not fix the real problem, which is kids crossing right next to a lot of cars.

The data shows that the busiest times for walkers are also the busiest times for cars. From 3:00 to 4:00 there are 460 cars and 210 people walking. Also 11 of the 14 near-misses last year happened when school starts or ends. So the danger is at the exact time kids are there.

Some people will say widening the road is better because it cuts the wait for cars from 4 minutes to 2 minutes. But a wider road means more lanes to cross, so walkers would be out in the road even longer. The bridge costs $1.2 million and the road costs $3.4 million, so the bridge is cheaper and safer.

If the town can only pay for one thing, it should pick the one that keeps people from getting hurt. That is the footbridge.
`;

export const SOFIA_TEXT = `Footbridge or road

I think the town should do something about Harlow Road because it is really busy and dangerous. There is alot of cars in the morning and after school. Like 400 cars. People have to wait a long time to cross.

The footbridge would be good because people can walk over the cars. But the road would be good to because then cars can go faster and there wont be as much traffic. My mom says the traffic is so bad in the morning she is almost late for work.

So I think they should build the footbridge or make the road bigger. Both would help. The footbridge is cheaper I think. It would make it more safe for kids who walk to school and for the people driving to.
`;

export const ELI_MARKDOWN = `# Footbridge vs. Wider Road

*by Eli B., 7th grade*

## My claim

The town should build the footbridge instead of widening Harlow Road.

## Evidence

- In the afternoon (3-4 pm) 210 people walk across Harlow Road and 38 ride bikes.
- There were 14 near-misses last year and 11 of them were during school times.
- The footbridge costs $1.2 million. Widening the road costs $3.4 million.

## Reasoning

Most of the near-misses happen when students are crossing, so the problem is mainly about walkers, not cars. A footbridge keeps walkers away from the cars completely, so there can't be a near-miss on the bridge. Widening the road would help cars move faster but it does not do anything for walkers. The bridge is also $2.2 million cheaper, so the town could spend the rest on something else.

## Conclusion

Because it is safer for students and it costs less, the footbridge is the better choice.
`;

export const JAYDEN_TEXT = `Jayden P

traffic

i think the roads are to busy. my bus is always late because of the traffic and we get to school late and then we miss the start of first period. they should fix it. bridges are cool i seen a big one in the city one time and it was really tall. also the cars go to fast on harlow. so they should fix it and make it better for everybody because nobody likes traffic and its annoying. they should get more buses to. the end
`;

export const AMARA_PDF_TITLE =
  'Proposal to the Millbrook Town Council: Build the Harlow Road Footbridge';
export const AMARA_PDF_PARAGRAPHS = [
  'Amara Nwosu, Grade 8, Ridgeview Middle School',
  'I recommend that the council build the footbridge at the Ridgeview crossing and not widen Harlow Road. The footbridge solves the safety problem at the times it actually happens, and it costs less.',
  'The traffic counts show that the crossing is most dangerous during two short windows. Between 7:30 and 8:30 and between 3:00 and 4:00, 395 people walk across, compared with only 30 during the midday hour. Those same two hours account for 11 of the 14 near-misses reported last year, which is about 79 percent.',
  "Widening the road would cut drivers' delay at the busiest hours from about 4 minutes to about 2 minutes. That matters, but adding a turn lane also makes the crossing wider, so walkers, who already wait 95 seconds for a gap, would spend even longer in traffic. A footbridge removes the conflict between walkers and cars entirely.",
  'Cost supports the same conclusion. The footbridge is estimated at $1.2 million and the widening at $3.4 million, so choosing the bridge saves the town $2.2 million. Part of that could pay for a crossing guard until the bridge is finished.',
  'Drivers will still face some delay at rush hour, but two extra minutes in a car is a smaller cost than a student being hit.',
];

export const OWEN_PDF_TITLE = 'Letter to the Town Council';
export const OWEN_PDF_PARAGRAPHS = [
  'Dear Members of the Town Council,',
  'My name is Owen Lindqvist and I am in 7th grade at Ridgeview Middle School. I am writing because I think you should widen Harlow Road instead of building a footbridge.',
  'I looked at all of the traffic data. In the morning there are 410 cars, at lunch there are 220 cars and after school there are 460 cars. That is 1,090 cars, which is way more than the people walking. Walking is 185 in the morning and 210 after school, so there are about twice as many walkers as cars after school. The wait for cars is 4 minutes at the busiest time and widening would make it 2 minutes. The road costs $3.4 million and the bridge costs $1.2 million.',
  'Since there are more cars than walkers, more people will be helped by a wider road. Also when cars are stuck in traffic the drivers get impatient and that is when accidents happen, so less traffic means it will be safer too.',
  'Thank you for reading my letter. I hope you will make Harlow Road wider.',
  'Sincerely,',
  'Owen Lindqvist',
];

export const ZOE_MARKDOWN = `# Widen Harlow Road

Name: Zoe Ambrose

The town should widen Harlow Road and add the turn lane. I know the footbridge sounds safer, but the traffic is the reason the crossing is dangerous in the first place.

Right now drivers wait about 4 minutes at the busiest times. The plan says widening would make it about 2 minutes. When cars are backed up, drivers get frustrated and try to rush through when the line finally moves, and that is when they don't see kids. There were a lot of near-misses last year, mostly before and after school.

People might say the bridge is cheaper, and it is. But a bridge only helps walkers. A wider road helps everyone who drives, including the buses and the parents dropping kids off, and it would help walkers too if cars are not rushing.

In conclusion, widening the road fixes the cause of the problem instead of just going around it.
`;

export const CALEB_TEXT = `Caleb Young
Gr 6

I think the footbridge is the best idea. The road has 460 cars after school and thats when everyone is walking home. If there is a bridge then nobody has to wait 95 seconds to cross and nobody will get hit. The road would cost 3.4 million dollars and the bridge is only 1.2 million so the bridge is cheaper.

Some people might want the road wider so they get home faster. But I think being safe is more important than getting home 2 minutes faster. Thats why I pick the footbridge.
`;
