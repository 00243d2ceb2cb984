// A published Bradley-Terry analysis reproduced: the 1987 American League East baseball season
// (Agresti 2002, Categorical Data Analysis, 2nd ed., its Bradley-Terry example; also the worked example of the
// BradleyTerry2 package, Turner & Firth 2012, "Bradley-Terry Models in R: The BradleyTerry2
// Package", Journal of Statistical Software 48(9)). Each game is one judgement: the home team on
// the left, the winner chosen. Agresti reports the abilities with Baltimore fixed at 0 to two
// decimals; BradleyTerry2 1.1-2 (BTm(cbind(home.wins, away.wins), home.team, away.team,
// data = baseball, id = "team")) prints them to ten significant digits.
import { describe, expect, it } from 'vitest';
import { fitBradleyTerry } from '../../src-main/stats/bradley-terry.js';
import type { Judgement } from '../../src-main/stats/cj-types.js';

/** home team, away team, home wins, away wins (R: data(baseball, package = "BradleyTerry2")). */
const GAMES: [string, string, number, number][] = [
  ['Milwaukee', 'Detroit', 4, 3],
  ['Milwaukee', 'Toronto', 4, 2],
  ['Milwaukee', 'New York', 4, 3],
  ['Milwaukee', 'Boston', 6, 1],
  ['Milwaukee', 'Cleveland', 4, 2],
  ['Milwaukee', 'Baltimore', 6, 0],
  ['Detroit', 'Milwaukee', 3, 3],
  ['Detroit', 'Toronto', 4, 2],
  ['Detroit', 'New York', 4, 3],
  ['Detroit', 'Boston', 6, 0],
  ['Detroit', 'Cleveland', 6, 1],
  ['Detroit', 'Baltimore', 4, 3],
  ['Toronto', 'Milwaukee', 2, 5],
  ['Toronto', 'Detroit', 4, 3],
  ['Toronto', 'New York', 2, 4],
  ['Toronto', 'Boston', 4, 3],
  ['Toronto', 'Cleveland', 4, 2],
  ['Toronto', 'Baltimore', 6, 0],
  ['New York', 'Milwaukee', 3, 3],
  ['New York', 'Detroit', 5, 1],
  ['New York', 'Toronto', 2, 5],
  ['New York', 'Boston', 4, 3],
  ['New York', 'Cleveland', 4, 2],
  ['New York', 'Baltimore', 6, 1],
  ['Boston', 'Milwaukee', 5, 1],
  ['Boston', 'Detroit', 2, 5],
  ['Boston', 'Toronto', 3, 3],
  ['Boston', 'New York', 4, 2],
  ['Boston', 'Cleveland', 5, 2],
  ['Boston', 'Baltimore', 6, 0],
  ['Cleveland', 'Milwaukee', 2, 5],
  ['Cleveland', 'Detroit', 3, 3],
  ['Cleveland', 'Toronto', 3, 4],
  ['Cleveland', 'New York', 4, 3],
  ['Cleveland', 'Boston', 4, 2],
  ['Cleveland', 'Baltimore', 2, 4],
  ['Baltimore', 'Milwaukee', 2, 5],
  ['Baltimore', 'Detroit', 1, 5],
  ['Baltimore', 'Toronto', 1, 6],
  ['Baltimore', 'New York', 2, 4],
  ['Baltimore', 'Boston', 1, 6],
  ['Baltimore', 'Cleveland', 3, 4],
];

/** Agresti's table: ability relative to Baltimore, two decimals. */
const PUBLISHED: Record<string, number> = {
  Milwaukee: 1.58,
  Detroit: 1.44,
  Toronto: 1.29,
  'New York': 1.25,
  Boston: 1.11,
  Cleveland: 0.68,
  Baltimore: 0,
};

/** BradleyTerry2's coefficients (Baltimore the reference), as R prints them with digits = 10. */
const BRADLEY_TERRY_2: Record<string, number> = {
  Boston: 1.1076977054,
  Cleveland: 0.6838527692,
  Detroit: 1.4364084318,
  Milwaukee: 1.5813558767,
  'New York': 1.2476178451,
  Toronto: 1.2944851239,
  Baltimore: 0,
};

function games(): Judgement[] {
  return GAMES.flatMap(([home, away, homeWins, awayWins]) => [
    ...Array.from({ length: homeWins }, () => ({
      judge: '1987',
      left: home,
      right: away,
      winner: home,
      ms: null,
    })),
    ...Array.from({ length: awayWins }, () => ({
      judge: '1987',
      left: home,
      right: away,
      winner: away,
      ms: null,
    })),
  ]);
}

describe('the 1987 American League East (Agresti 2002)', () => {
  const teams = Object.keys(PUBLISHED);
  const fit = fitBradleyTerry(teams, games());
  const relative = (team: string) =>
    fit.samples.find((s) => s.sample === team)!.ability -
    fit.samples.find((s) => s.sample === 'Baltimore')!.ability;

  it('has every game: 7 teams, each pair met 13 times', () => {
    expect(games()).toHaveLength(21 * 13);
    expect(fit.samples.every((s) => s.comparisons === 6 * 13)).toBe(true);
  });

  it('gives Agresti’s abilities to the two decimals he reports', () => {
    for (const team of teams) expect(relative(team)).toBeCloseTo(PUBLISHED[team]!, 2);
  });

  it('gives BradleyTerry2’s to the ten digits R prints', () => {
    for (const team of teams) {
      expect(Math.abs(relative(team) - BRADLEY_TERRY_2[team]!)).toBeLessThan(1e-9);
    }
  });
});
