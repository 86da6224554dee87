/**
 * JSON Schema of a service as data/ holds it (ORUK field names; see data/README.md).
 * `x-expected` is our own keyword: the plain words an officer reads when a value is wrong.
 * Extra properties are allowed because council feeds carry fields we do not use.
 */
const time = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$', 'x-expected': 'a time (HH:MM)' };
const date = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', 'x-expected': 'a date (YYYY-MM-DD)' };
const webUrl = { type: 'string', pattern: '^https?://[^\\s]+$', 'x-expected': 'a web address starting https://' };
const email = { type: 'string', pattern: '^[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+$', 'x-expected': 'an e-mail address' };
const text = { type: 'string' };
const nonEmpty = { type: 'string', minLength: 1, 'x-expected': 'some text' };
const slug = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$', 'x-expected': 'an id of letters, digits and dashes' };

export const serviceSchema = {
  type: 'object',
  required: ['id', 'name', 'status', 'topics'],
  properties: {
    id: slug,
    name: nonEmpty,
    description: text,
    url: webUrl,
    email,
    status: { enum: ['active', 'inactive', 'defunct', 'temporarily closed'] },
    fees: text,
    assured_date: date,
    alert: text,
    eligibility_description: text,
    minimum_age: { type: 'number', minimum: 0, maximum: 130 },
    maximum_age: { type: 'number', minimum: 0, maximum: 130 },
    demonstration: { type: 'boolean' },
    topics: { type: 'array', minItems: 1, items: { type: 'string' } },
    organization: {
      type: 'object',
      required: ['name'],
      properties: { id: slug, name: nonEmpty, description: text, website: webUrl, email },
    },
    cost_options: {
      type: 'array',
      items: { type: 'object', properties: { option: text, amount: { type: 'number', minimum: 0 }, amount_description: text, valid_from: date, valid_to: date } },
    },
    languages: { type: 'array', items: { type: 'object', properties: { name: text, code: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$', 'x-expected': 'a language code such as "en"' } } } },
    phones: {
      type: 'array',
      items: {
        type: 'object',
        required: ['number'],
        properties: { number: { type: 'string', pattern: '^\\+?(?=(?:[^0-9]*[0-9]){3})[0-9 ()-]{3,20}$', 'x-expected': 'a phone number of digits and spaces' }, description: text },
      },
    },
    schedules: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          freq: { enum: ['WEEKLY', 'MONTHLY'] },
          interval: { type: 'integer', minimum: 1, maximum: 12 },
          byday: { type: 'string', pattern: '^(-?[1-5]?(MO|TU|WE|TH|FR|SA|SU))(,-?[1-5]?(MO|TU|WE|TH|FR|SA|SU))*$', 'x-expected': 'days such as "TU", "MO,WE", "2TU" or "-1FR"' },
          bymonthday: { type: 'string', pattern: '^-?\\d{1,2}(,-?\\d{1,2})*$', 'x-expected': 'days of the month such as "1" or "15"' },
          dtstart: date,
          opens_at: time,
          closes_at: time,
          valid_from: date,
          valid_to: date,
          attending_type: { enum: ['in_person', 'phone', 'online'] },
          bank_holidays: { enum: ['open', 'closed'] },
          description: text,
          notes: text,
        },
      },
    },
    service_areas: { type: 'array', items: { type: 'object', properties: { name: text } } },
    service_at_locations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['location'],
        properties: {
          location: {
            type: 'object',
            required: ['id', 'location_type'],
            properties: {
              id: slug,
              location_type: { enum: ['physical', 'postal', 'virtual'] },
              name: text,
              latitude: { type: 'number', minimum: 49.8, maximum: 60.9, 'x-expected': 'a UK latitude (49.8 to 60.9)' },
              longitude: { type: 'number', minimum: -8.7, maximum: 1.8, 'x-expected': 'a UK longitude (-8.7 to 1.8)' },
              step_free: { type: 'boolean' },
              addresses: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['address_1', 'postal_code'],
                  properties: {
                    address_1: nonEmpty,
                    city: text,
                    postal_code: { type: 'string', pattern: '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$', 'x-expected': 'a UK postcode such as "BS5 6JH"' },
                  },
                },
              },
              accessibility: { type: 'array', items: { type: 'object', properties: { description: text, details: text } } },
            },
          },
        },
      },
    },
  },
} as const;
