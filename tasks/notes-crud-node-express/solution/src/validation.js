'use strict';

// The note's fields and their rules. Types are strict: no coercion of "true", 1 or null.
const TITLE_MAX = 200;
const DEFAULTS = { body: '', tags: [], done: false };
const RULES = {
  title: (v) => typeof v === 'string' && v.trim().length > 0 && v.length <= TITLE_MAX
    || `must be a non-blank string of 1 to ${TITLE_MAX} characters`,
  body: (v) => typeof v === 'string' || 'must be a string',
  tags: (v) => Array.isArray(v) && v.every((t) => typeof t === 'string') || 'must be an array of strings',
  done: (v) => typeof v === 'boolean' || 'must be a boolean',
};

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// Only the known fields are kept, so an "id" (or any other extra field) is ignored.
function check(body, fields) {
  if (!isObject(body)) return { errors: [{ loc: ['body'], msg: 'must be a JSON object' }] };
  const errors = [];
  const values = {};
  for (const field of fields) {
    if (!(field in body)) continue;
    const verdict = RULES[field](body[field]);
    if (verdict === true) values[field] = body[field];
    else errors.push({ loc: ['body', field], msg: verdict });
  }
  return { values, errors };
}

// POST and PUT: title required, optional fields default.
function validateNote(body) {
  const { values, errors } = check(body, Object.keys(RULES));
  if (values && !('title' in values) && !errors.length) errors.push({ loc: ['body', 'title'], msg: 'is required' });
  return errors.length ? { errors } : { note: { ...DEFAULTS, ...values } };
}

// PATCH: any subset of the fields.
function validatePatch(body) {
  const { values, errors } = check(body, Object.keys(RULES));
  return errors.length ? { errors } : { changes: values };
}

module.exports = { validateNote, validatePatch };
