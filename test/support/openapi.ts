// The API's OpenAPI document as the server serves it, and JSON Schema validation against its
// schemas (ajv, which fastify itself depends on), for tests that hold the document to the server.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

export interface Answer {
  readonly description: string;
  readonly content?: Readonly<Record<string, { readonly schema: object }>>;
  readonly headers?: Readonly<Record<string, unknown>>;
}
export interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly schema: object;
}
export interface Operation {
  readonly responses: Readonly<Record<string, Answer>>;
  readonly security?: readonly Readonly<Record<string, unknown>>[];
  readonly requestBody?: { readonly content: Readonly<Record<string, { readonly schema: object }>> };
  readonly parameters?: readonly Parameter[];
}
export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
  readonly components: { readonly schemas: Readonly<Record<string, object>> };
}

export async function readDocument(app: FastifyInstance): Promise<OpenApiDocument> {
  const response = await app.inject({ method: 'GET', url: '/api/docs/json' });
  return response.json<OpenApiDocument>();
}

export const operationsOf = (doc: OpenApiDocument) =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );

/** The faults ajv finds in a value against one of the document's schemas (none: it fits). */
export function schemaChecker(doc: OpenApiDocument): (schema: object, value: unknown) => unknown[] {
  // OpenAPI 3.0 adds keywords (nullable, example…) that plain JSON Schema does not know.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return (schema, value) => {
    // The components sit beside the schema so that its "#/components/schemas/…" references resolve.
    const validate = ajv.compile({ ...schema, components: doc.components });
    return validate(value) ? [] : [...(validate.errors ?? [])];
  };
}
