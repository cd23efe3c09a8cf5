import { and } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  cumulativeTarget,
  defaultTarget,
  funnelSteps,
  median,
  parsePeriodYear,
  per100k,
  periodOf,
  rate,
  targetOf,
  targetPathAt,
  todayInFrance,
  totalProfessionalsTarget,
} from '../../src/domain/stats';
import { statistics } from '../../src/domain/statistics';
import type { Principal } from '../../src/server/auth/sessions';
import { bindings } from '../../src/server/rest/bindings';
import { scopedResources, statsScope } from '../../src/server/stats/scope';

describe('targets', () => {
  it('defaults: 40 in 2022, 200 in total by 2028, 10 centres a year', () => {
    expect(defaultTarget(2022)).toEqual({ year: 2022, professionals: 40, centres: 10 });
    expect([2023, 2024, 2025, 2026, 2027, 2028].map((y) => defaultTarget(y).professionals)).toEqual([27, 27, 27, 27, 26, 26]);
    expect(cumulativeTarget([], 2028, 'professionals')).toBe(200);
    expect(totalProfessionalsTarget([])).toEqual({ target: 200, year: 2028 });
    expect(defaultTarget(2029)).toEqual({ year: 2029, professionals: 0, centres: 10 });
    expect(defaultTarget(2021)).toEqual({ year: 2021, professionals: 0, centres: 0 });
    expect(cumulativeTarget([], 2025, 'centres')).toBe(40);
  });

  it('a stored year replaces its default; a stored later year extends the plan', () => {
    const stored = [
      { year: 2024, professionals: 30, centres: 8 },
      { year: 2030, professionals: 12, centres: 5 },
    ];
    expect(targetOf(stored, 2024)).toEqual({ year: 2024, professionals: 30, centres: 8 });
    expect(targetOf(stored, 2025)).toEqual(defaultTarget(2025));
    expect(totalProfessionalsTarget(stored)).toEqual({ target: 200 + 3 + 12, year: 2030 });
    expect(cumulativeTarget(stored, 2024, 'centres')).toBe(28);
  });

  it('target path: the year’s target spread over its months, from January or from 2022', () => {
    expect(targetPathAt([], '2022-01', 'all')).toBe(3.3);
    expect(targetPathAt([], '2022-12', 'all')).toBe(40);
    expect(targetPathAt([], '2023-06', 'all')).toBe(53.5);
    expect(targetPathAt([], '2023-06', 'year')).toBe(13.5);
    expect(targetPathAt([], '2028-12', 'all')).toBe(200);
  });
});

describe('formulas', () => {
  it('rate: a fraction to 4 decimals, null over zero', () => {
    expect(rate(1, 3)).toBe(0.3333);
    expect(rate(2, 2)).toBe(1);
    expect(rate(0, 5)).toBe(0);
    expect(rate(3, 0)).toBeNull();
  });

  it('median: middle value, mean of the two middle ones, null for none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
    const values = [2, 9, 4];
    median(values);
    expect(values).toEqual([2, 9, 4]);
  });

  it('per 100,000 inhabitants, only with a known population', () => {
    expect(per100k(3, 155722)).toBe(1.9);
    expect(per100k(10, 100_000)).toBe(10);
    expect(per100k(3, null)).toBeNull();
    expect(per100k(3, undefined)).toBeNull();
    expect(per100k(3, 0)).toBeNull();
  });

  it('funnel steps: conversion from the previous step and from the first', () => {
    expect(funnelSteps({ recue: 10, preselection: 5, entretien: 4, offre: 0, acceptee: 0 })).toEqual([
      { stage: 'recue', reached: 10, fromPrevious: null, fromFirst: 1 },
      { stage: 'preselection', reached: 5, fromPrevious: 0.5, fromFirst: 0.5 },
      { stage: 'entretien', reached: 4, fromPrevious: 0.8, fromFirst: 0.4 },
      { stage: 'offre', reached: 0, fromPrevious: 0, fromFirst: 0 },
      { stage: 'acceptee', reached: 0, fromPrevious: null, fromFirst: 0 },
    ]);
    expect(funnelSteps({ recue: 0, preselection: 0, entretien: 0, offre: 0, acceptee: 0 })[0].fromFirst).toBeNull();
  });
});

describe('period', () => {
  it('parses ?year', () => {
    expect(parsePeriodYear(undefined)).toBeNull();
    expect(parsePeriodYear('')).toBeNull();
    expect(parsePeriodYear('all')).toBeNull();
    expect(parsePeriodYear('2024')).toBe(2024);
    for (const bad of ['24', '20245', '1999', '2101', 'abc', '2024 ', ' 2024', '2e03', 'ALL']) expect(parsePeriodYear(bad), bad).toBeUndefined();
  });

  it('a past year ends on 31 December; the current year on today; all time on today', () => {
    expect(periodOf(2023, '2025-06-15')).toEqual({ year: 2023, from: '2023-01-01', to: '2023-12-31', asOf: '2023-12-31' });
    expect(periodOf(2025, '2025-06-15')).toEqual({ year: 2025, from: '2025-01-01', to: '2025-12-31', asOf: '2025-06-15' });
    expect(periodOf(null, '2025-06-15')).toEqual({ year: null, from: null, to: '2025-06-15', asOf: '2025-06-15' });
  });

  it('adds days across months and leap years; today in France', () => {
    expect(addDays('2025-06-15', 90)).toBe('2025-09-13');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    // 23:30 UTC on 31 December is already New Year's Day in Paris.
    expect(todayInFrance(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
    expect(todayInFrance(new Date('2025-06-15T12:00:00Z'))).toBe('2025-06-15');
  });
});

describe('statsScope: one decision from the policy tables', () => {
  const user = (role: Principal['role'], memberId: number | null = null): Principal => ({ id: 1, email: 'x@example.org', name: 'x', role, memberId });
  const render = (condition: unknown) => new PgDialect({ casing: 'snake_case' }).sqlToQuery(condition as never);

  it('region, admin and hr: every row; the pipeline (funnel, HR) for all three, from its own policy entries', () => {
    for (const role of ['region', 'admin', 'hr'] as const) {
      const s = statsScope(user(role));
      expect(s.info).toEqual({ kind: 'all' });
      for (const statistic of [statistics.funnel, statistics.hr]) expect(statistic.policy[role].read, `${statistic.name} ${role}`).toBe('all');
      for (const condition of Object.values(s.read)) expect(condition, role).toBeUndefined();
    }
  });

  it('member: every resource limited to the centres its member backs; no pipeline', () => {
    const s = statsScope(user('member', 42));
    expect(s.info).toEqual({ kind: 'member', memberId: 42 });
    for (const statistic of [statistics.funnel, statistics.hr]) expect(statistic.policy.member.read, statistic.name).toBe('none');
    expect(render(s.read.members!)).toMatchObject({ sql: '"members"."id" = $1', params: [42] });
    for (const [resource, column] of [
      ['centres', '"centres"."id"'],
      ['positions', '"positions"."centre_id"'],
      ['hires', '"hires"."centre_id"'],
      ['activities', '"activities"."centre_id"'],
    ] as const) {
      const q = render(s.read[resource]!);
      expect(q.sql, resource).toContain(`${column} in (select "centre_members"."centre_id" from "centre_members" where "centre_members"."member_id" = $1)`);
      expect(q.params).toEqual([42]);
    }
  });

  it('a department: each resource limited by its binding’s departmentScope, AND the member scope', () => {
    const region = statsScope(user('region'), '09');
    for (const name of scopedResources)
      expect(render(region.read[name]!), name).toEqual(render(and(bindings[name].departmentScope!('09'))));
    expect(render(region.applications!)).toEqual(render(bindings.applications.departmentScope!('09')));
    const member = statsScope(user('member', 42), '09');
    expect(render(member.read.hires!)).toEqual(render(and(bindings.hires.scope!(42), bindings.hires.departmentScope!('09'))));
    expect(statsScope(user('region')).applications).toBeUndefined();
  });

  it('a member account without a member sees nothing', () => {
    const s = statsScope(user('member', null));
    for (const condition of Object.values(s.read)) expect(condition).toBeNull();
  });
});
