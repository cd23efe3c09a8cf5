import { describe, expect, it } from 'vitest';
import { activities, applications, audit, centres, hires, members } from '../../src/domain/resources';
import type { ResourceDescription } from '../../src/domain/resource';
import { ApiError } from '../../src/server/errors';
import { MAX_ROWS, parseListQuery, type ListQuery } from '../../src/server/rest/query';

function parse(resource: ResourceDescription, params: Record<string, string>): ListQuery {
  return parseListQuery(resource, new URLSearchParams(params));
}

/** The error parseListQuery throws: a 400 ApiError with a French message. */
function rejection(resource: ResourceDescription, params: Record<string, string>): ApiError {
  try {
    parse(resource, params);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect(e.status).toBe(400);
    expect(e.message.length).toBeGreaterThan(5);
    return e;
  }
  throw new Error(`accepted: ${JSON.stringify(params)}`);
}

describe('parseListQuery: sort', () => {
  it('defaults to the resource’s default sort', () => {
    expect(parse(members, {}).sort).toEqual({ field: 'name', order: 'asc' });
    expect(parse(activities, {}).sort).toEqual({ field: 'month', order: 'desc' });
  });

  it('accepts a sortable field in either order', () => {
    expect(parse(members, { sort: '["joinedOn","DESC"]' }).sort).toEqual({ field: 'joinedOn', order: 'desc' });
    expect(parse(members, { sort: '["contribution","ASC"]' }).sort).toEqual({ field: 'contribution', order: 'asc' });
    expect(parse(members, { sort: '["siren"]' }).sort).toEqual({ field: 'siren', order: 'asc' });
  });

  it('refuses an unknown field, a field that is not sortable, and an unknown order', () => {
    expect(rejection(members, { sort: '["password","ASC"]' }).message).toContain('password');
    expect(rejection(members, { sort: '["contactEmail","ASC"]' }).message).toContain('contactEmail');
    expect(rejection(centres, { sort: '["memberIds","ASC"]' }).message).toContain('memberIds');
    rejection(members, { sort: '["name","UP"]' });
    rejection(members, { sort: '["name","asc"]' });
    // Property names of Object.prototype are not fields.
    rejection(members, { sort: '["constructor","ASC"]' });
    rejection(members, { sort: '["__proto__","ASC"]' });
  });

  it('refuses malformed sort values', () => {
    expect(rejection(members, { sort: '["name","ASC"' }).message).toMatch(/sort.*JSON/);
    rejection(members, { sort: '{"field":"name"}' });
    rejection(members, { sort: '"name"' });
    rejection(members, { sort: '[1,"ASC"]' });
    rejection(members, { sort: '[]' });
  });
});

describe('parseListQuery: range', () => {
  it('turns [start, end] into offset and limit', () => {
    expect(parse(members, { range: '[0,24]' }).range).toEqual({ offset: 0, limit: 25 });
    expect(parse(members, { range: '[50,74]' }).range).toEqual({ offset: 50, limit: 25 });
    expect(parse(members, { range: '[7,7]' }).range).toEqual({ offset: 7, limit: 1 });
  });

  it('without a range, pages at MAX_ROWS, unless ids are asked for (getMany): then no limit', () => {
    expect(parse(members, {}).range).toEqual({ offset: 0, limit: MAX_ROWS });
    expect(parse(members, { filter: '{"college":3}' }).range).toEqual({ offset: 0, limit: MAX_ROWS });
    const getMany = parse(members, { filter: '{"id":[3,1,2]}' });
    expect(getMany.range).toBeUndefined();
    expect(getMany.filters).toEqual([{ field: 'id', op: 'in', values: [3, 1, 2] }]);
    // With an explicit range, the range wins.
    expect(parse(members, { filter: '{"id":[3,1,2]}', range: '[0,1]' }).range).toEqual({ offset: 0, limit: 2 });
  });

  it('refuses ranges that are not two ordered non-negative integers, and pages over MAX_ROWS', () => {
    for (const range of ['[5,2]', '[-1,3]', '[0]', '[0,1,2]', '[0.5,3]', '["0","24"]', '{"start":0}', '[0,null]', '[0,1e400]'])
      rejection(members, { range });
    expect(rejection(members, { range: '[0,24' }).message).toMatch(/range.*JSON/);
    expect(rejection(members, { range: `[0,${MAX_ROWS}]` }).message).toContain(String(MAX_ROWS));
    expect(parse(members, { range: `[0,${MAX_ROWS - 1}]` }).range).toEqual({ offset: 0, limit: MAX_ROWS });
  });
});

describe('parseListQuery: filter', () => {
  it('parses equality, IN, null, q and bounds', () => {
    const query = parse(members, {
      filter: JSON.stringify({ college: 3, kind: ['epci', 'commune'], siren: null, q: '  Ariège  ', joinedOn_gte: '2023-01-01', contribution_lte: '20000' }),
    });
    expect(query.q).toBe('Ariège');
    expect(query.filters).toEqual([
      { field: 'college', op: 'eq', value: 3 },
      { field: 'kind', op: 'in', values: ['epci', 'commune'] },
      { field: 'siren', op: 'eq', value: null },
      { field: 'joinedOn', op: 'gte', value: '2023-01-01' },
      { field: 'contribution', op: 'lte', value: 20000 },
    ]);
  });

  it('ignores a blank q and accepts an empty filter', () => {
    expect(parse(members, { filter: '{"q":"   "}' }).q).toBeUndefined();
    expect(parse(members, { filter: 'null' }).filters).toEqual([]);
    expect(parse(members, { filter: '{}' }).filters).toEqual([]);
    expect(parse(members, { filter: '' }).filters).toEqual([]);
  });

  it('coerces the filter value to the field’s type', () => {
    expect(parse(members, { filter: '{"college":"3"}' }).filters).toEqual([{ field: 'college', op: 'eq', value: 3 }]);
    expect(parse(members, { filter: '{"id":"12"}' }).filters).toEqual([{ field: 'id', op: 'eq', value: 12 }]);
    expect(parse(centres, { filter: '{"priorityZone":"true"}' }).filters).toEqual([{ field: 'priorityZone', op: 'eq', value: true }]);
    expect(parse(hires, { filter: '{"fte_gte":"0.5"}' }).filters).toEqual([{ field: 'fte', op: 'gte', value: 0.5 }]);
    expect(parse(centres, { filter: '{"memberIds":[1,"2"]}' }).filters).toEqual([{ field: 'memberIds', op: 'in', values: [1, 2] }]);
    expect(parse(members, { filter: '{"siren":200067940}' }).filters).toEqual([{ field: 'siren', op: 'eq', value: '200067940' }]);
  });

  it('refuses an unknown filter, a field that is not filterable, and Object.prototype names', () => {
    expect(rejection(members, { filter: '{"password":"x"}' }).message).toContain('password');
    expect(rejection(members, { filter: '{"name":"Région Occitanie"}' }).message).toContain('name'); // search it with q
    rejection(members, { filter: '{"constructor":1}' });
    rejection(members, { filter: '{"toString_gte":1}' });
  });

  it('accepts _gte / _lte only on range fields', () => {
    expect(parse(members, { filter: '{"contribution_gte":100}' }).filters).toHaveLength(1);
    expect(rejection(members, { filter: '{"college_gte":2}' }).message).toContain('college_gte');
    rejection(members, { filter: '{"name_lte":"M"}' });
    rejection(members, { filter: '{"id_gte":1}' });
    rejection(members, { filter: '{"joinedOn_gt":"2023-01-01"}' });
  });

  it('checks enum values against the description’s choices', () => {
    expect(parse(members, { filter: '{"kind":"epci"}' }).filters).toEqual([{ field: 'kind', op: 'eq', value: 'epci' }]);
    expect(rejection(members, { filter: '{"kind":"sarl"}' }).message).toContain('sarl');
    rejection(members, { filter: '{"kind":["epci","sarl"]}' });
    rejection(members, { filter: '{"college":5}' });
    rejection(applications, { filter: '{"stage":"embauche"}' });
    rejection(centres, { filter: '{"services":["programmes","teleconsultation"]}' });
    expect(parse(members, { filter: '{"college":"4"}' }).filters).toEqual([{ field: 'college', op: 'eq', value: 4 }]);
  });

  it('checks dates, months, numbers and booleans', () => {
    rejection(members, { filter: '{"joinedOn_gte":"01/01/2023"}' });
    rejection(members, { filter: '{"joinedOn_gte":"2023-13-01"}' });
    rejection(members, { filter: '{"joinedOn_gte":20230101}' });
    rejection(activities, { filter: '{"month":"2023-2"}' });
    rejection(activities, { filter: '{"month":"2023-13"}' });
    rejection(activities, { filter: '{"month_gte":"2023-02-01"}' });
    expect(parse(activities, { filter: '{"month_gte":"2023-02"}' }).filters).toEqual([{ field: 'month', op: 'gte', value: '2023-02' }]);
    rejection(members, { filter: '{"contribution_gte":"beaucoup"}' });
    rejection(members, { filter: '{"contribution_gte":1.5}' });
    rejection(members, { filter: '{"contribution_gte":""}' });
    rejection(hires, { filter: '{"fte_gte":"Infinity"}' });
    rejection(centres, { filter: '{"priorityZone":"oui"}' });
    rejection(centres, { filter: '{"priorityZone":1}' });
    rejection(members, { filter: '{"siren":{"$ne":null}}' });
    rejection(members, { filter: '{"id":[1,true]}' });
    rejection(audit, { filter: '{"at_gte":"pas une date"}' });
  });

  it('refuses dates that do not exist and integers the database cannot hold', () => {
    // Date.parse() accepts 2023-02-30 (it rolls over to March): PostgreSQL would not.
    rejection(members, { filter: '{"joinedOn_gte":"2023-02-30"}' });
    rejection(members, { filter: '{"joinedOn_lte":"2023-04-31"}' });
    expect(parse(members, { filter: '{"joinedOn_lte":"2024-02-29"}' }).filters).toHaveLength(1);
    rejection(members, { filter: '{"id":99999999999}' });
    rejection(members, { filter: '{"contribution_gte":3000000000}' });
    rejection(centres, { filter: '{"memberIds":[1,3000000000]}' });
    expect(parse(members, { filter: '{"contribution_gte":2147483647}' }).filters).toHaveLength(1);
    rejection(members, { filter: '{"joinedOn_gte":"0000-01-01"}' });
    rejection(activities, { filter: '{"month_gte":"0000-12"}' });
    // Timestamps: ISO 8601 only, a day that exists.
    for (const at of ['1', '2024', 'hello 2024', 'March 7, 2024', '2024-02-30T10:00:00Z', '2024-01-01T25:00:00Z'])
      rejection(audit, { filter: JSON.stringify({ at_gte: at }) });
    for (const at of ['2024-03-07', '2024-03-07T10:15:00Z', '2024-03-07T10:15:00.123+01:00', '2024-03-07 10:15'])
      expect(parse(audit, { filter: JSON.stringify({ at_gte: at }) }).filters, at).toEqual([{ field: 'at', op: 'gte', value: at }]);
  });

  it('refuses q that is not text, a filter that is not an object, bad JSON, oversized IN lists', () => {
    rejection(members, { filter: '{"q":42}' });
    rejection(members, { filter: '[1,2]' });
    rejection(members, { filter: '"ariege"' });
    expect(rejection(members, { filter: '{"college":' }).message).toMatch(/filter.*JSON/);
    rejection(members, { filter: JSON.stringify({ id: Array.from({ length: MAX_ROWS + 1 }, (_, i) => i + 1) }) });
    expect(parse(members, { filter: JSON.stringify({ id: Array.from({ length: MAX_ROWS }, (_, i) => i + 1) }) }).filters[0]).toMatchObject({ op: 'in' });
  });
});
