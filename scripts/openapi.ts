import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import * as sdk from '../sdk/index.js';
import { profileOperations, referentialOperations } from './openapi-profile.js';

/** One operation of the document. */
export interface OperationDoc {
  route: sdk.Route;
  id: string;
  summary: string;
  input?: string;
  output?: string;
  /** Needs a logged-in session. */
  auth?: boolean;
  /** Takes an `Idempotency-Key`. */
  idempotent?: boolean;
  /** Replaces a versioned resource: takes `If-Match`. */
  ifMatch?: boolean;
  /** Answers with the resource's version in an `ETag` header. */
  etag?: boolean;
  /** Path and query parameters. */
  parameters?: object[];
  errors: sdk.ErrorCode[];
}

/** The HTTP status of each error code of the contract. */
const ERROR_STATUS: Record<string, number> = {
  validation_failed: 400,
  token_invalid: 400,
  token_expired: 400,
  invalid_credentials: 401,
  unauthenticated: 401,
  campaign_closed: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  rate_limited: 429,
  server_error: 500,
  maintenance: 503,
};

const ALWAYS: sdk.ErrorCode[] = ['rate_limited', 'server_error', 'maintenance'];

const OPERATIONS: OperationDoc[] = [
  { route: sdk.configRoute, id: 'getConfig', summary: 'The platform configuration: institution, campaign, password policy, CAS, profile tabs, messages, maintenance.', output: 'Config', errors: [] },
  { route: sdk.signupRoute, id: 'signup', summary: 'Creates an account and mails its login and activation link. A known mail gets the same answer; its owner is told by mail.', input: 'SignupInput', output: 'SignupResult', idempotent: true, errors: ['validation_failed', 'campaign_closed'] },
  { route: sdk.activationRoute, id: 'activate', summary: 'Activates an account with the token of its mailed link.', input: 'TokenInput', output: 'ActivationResult', errors: ['validation_failed', 'token_invalid', 'token_expired', 'campaign_closed'] },
  { route: sdk.resendActivationRoute, id: 'resendActivation', summary: 'Lost activation code: mails a new activation link, which replaces the old one. The same answer for any mail.', input: 'MailInput', errors: ['validation_failed', 'campaign_closed'] },
  { route: sdk.forgottenCredentialsRoute, id: 'forgotCredentials', summary: 'Forgotten credentials: mails the login and a password reset link valid 2 hours. The same answer for any mail.', input: 'MailInput', errors: ['validation_failed', 'campaign_closed'] },
  { route: sdk.passwordResetRoute, id: 'resetPassword', summary: 'Sets a new password with the token of a mailed reset link (single use).', input: 'PasswordResetInput', errors: ['validation_failed', 'token_invalid', 'token_expired', 'campaign_closed'] },
  { route: sdk.passwordChangeRoute, id: 'changePassword', summary: "Changes the logged-in candidate's password.", input: 'PasswordChangeInput', auth: true, errors: ['validation_failed', 'unauthenticated', 'campaign_closed'] },
  { route: sdk.mailChangeRoute, id: 'changeMail', summary: "Asks to change the logged-in candidate's mail: a confirmation link goes to the new address (or, if it has an account, a notice to its owner) and a notice to the current one. The same answer either way.", input: 'MailChangeInput', auth: true, errors: ['validation_failed', 'unauthenticated', 'campaign_closed'] },
  { route: sdk.mailChangeConfirmationRoute, id: 'confirmMailChange', summary: 'Confirms a mail change with the token mailed to the new address (single use, valid 2 hours).', input: 'TokenInput', errors: ['validation_failed', 'token_invalid', 'token_expired', 'campaign_closed'] },
  { route: sdk.loginRoute, id: 'login', summary: 'Logs in. Unknown login, wrong password and account not activated are one `invalid_credentials`.', input: 'LoginInput', output: 'Session', errors: ['validation_failed', 'invalid_credentials', 'campaign_closed'] },
  { route: sdk.sessionRoute, id: 'getSession', summary: 'Who is logged in (204 without a body when nobody is); each call extends the session.', output: 'Session', errors: [] },
  {
    route: sdk.sessionExtensionRoute,
    id: 'extendSession',
    summary: 'Keeps the session alive: answers it with `expiresAt` one idle timeout (45 minutes in eCandidat) from now. Any request of the logged-in candidate extends the session too; past `expiresAt` it has ended and every request answers as anonymous.',
    output: 'Session',
    auth: true,
    errors: ['unauthenticated'],
  },
  { route: sdk.logoutRoute, id: 'logout', summary: 'Logs out; always succeeds.', errors: [] },
  {
    route: sdk.trainingOfferRoute,
    id: 'getTrainingOffer',
    summary:
      'The training offer ("Offre de formation"), open to anyone: the active application centres and their active programmes, each with its diploma type, whether its file is sent online, its dates (days, inclusive) and whether it takes applications today. Clients search and filter it themselves.',
    output: 'TrainingOffer',
    errors: [],
  },
  ...profileOperations(),
  ...referentialOperations(),
];

type Conversion = NonNullable<Parameters<typeof toJsonSchema>[1]>;

/** A year's upper bound follows today (`year_too_late`): said in words, so the document does not change on 1 January. */
const overrideAction: Conversion['overrideAction'] = ({ valibotAction, jsonSchema }) => {
  if (!('message' in valibotAction) || valibotAction.message !== 'year_too_late') return undefined;
  const year = { ...jsonSchema, description: 'A year, from 1900 to the current one (the next one for studies, internships and experiences).' };
  delete year.maximum;
  return year;
};

/** A component schema: JSON Schema 2020-12, OpenAPI 3.1's own dialect, so no `$schema` line. */
const schemaOf = (schema: v.GenericSchema) =>
  Object.fromEntries(
    Object.entries(toJsonSchema(schema, { target: 'draft-2020-12', errorMode: 'ignore', overrideAction })).filter(([key]) => key !== '$schema'),
  );

const json = (name: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } });

function operationObject(doc: OperationDoc) {
  const errors = [...new Set([...doc.errors, ...ALWAYS])];
  const statuses = [...new Set(errors.map((code) => ERROR_STATUS[code]))].sort();
  const parameters = [
    ...(doc.idempotent ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
    ...(doc.ifMatch ? [{ $ref: '#/components/parameters/IfMatch' }] : []),
    ...(doc.parameters ?? []),
  ];
  const headers = doc.etag ? { headers: { ETag: { $ref: '#/components/headers/ETag' } } } : {};
  return {
    operationId: doc.id,
    summary: doc.summary,
    ...(doc.auth ? { security: [{ sessionCookie: [] }, { bearer: [] }] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(doc.input ? { requestBody: { required: true, content: json(doc.input) } } : {}),
    responses: {
      [doc.route.status]: doc.output ? { description: 'Success', ...headers, content: json(doc.output) } : { description: 'Success, no body' },
      ...Object.fromEntries(
        statuses.map((status) => [
          status,
          {
            description: `Problem, code: ${errors.filter((code) => ERROR_STATUS[code] === status).join(', ')}`,
            content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
          },
        ]),
      ),
    },
  };
}

/** The OpenAPI 3.1 document of the backend contract, generated from the SDK's routes and schemas. */
export function buildOpenApi(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const problem = v.object({ type: v.optional(v.string()), title: v.optional(v.string()), status: v.optional(v.number()), ...sdk.ProblemSchema.entries });
  const schemas: Record<string, unknown> = { Problem: schemaOf(problem) };
  for (const doc of OPERATIONS) {
    (paths[`/${doc.route.path}`] ??= {})[doc.route.method] = operationObject(doc);
    if (doc.input && doc.route.input) schemas[doc.input] = schemaOf(doc.route.input);
    if (doc.output && doc.route.output) schemas[doc.output] = schemaOf(doc.route.output);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'eCandidat candidate API',
      version,
      description:
        'The contract any eCandidat-compatible backend implements for the candidate side. Errors are application/problem+json with a stable `code`; validation errors carry `fieldErrors` as codes with parameters. Answers to 429 and 503 carry `Retry-After`.',
    },
    servers: [{ url: 'https://ecandidat.example.org/api' }],
    paths,
    components: {
      schemas,
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'One key per logical creation, reused on every retry: a retry answers as the first try did and never creates twice.',
          schema: { type: 'string', maxLength: 255 },
        },
        IfMatch: {
          name: 'If-Match',
          in: 'header',
          required: true,
          description:
            'The `etag` the edit started from. A write whose version is not the current one — or without this header — fails with 412 `precondition_failed` and changes nothing; `*` is accepted only for the first write of an empty section.',
          schema: { type: 'string' },
        },
        EntryId: { name: 'id', in: 'path', required: true, description: 'The id of a list entry.', schema: { type: 'string' } },
      },
      headers: {
        ETag: { description: "The resource's version, the same as its `etag`; a new one on every write.", schema: { type: 'string' } },
      },
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'ec_session', description: 'HttpOnly, Secure, SameSite session cookie.' },
        bearer: { type: 'http', scheme: 'bearer', description: 'For backends without cookies: the `token` of the session answer, kept in memory only.' },
      },
    },
  };
}
