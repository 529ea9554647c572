/**
 * The OpenAPI 3.1 description of the HTTP API, generated from the routes as mounted (routes.ts):
 * parameters, bodies and every answer with its zod schema as JSON Schema.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { OpenApiDocument } from './schemas.js';

export const OPENAPI_INFO = {
  title: 'Pacta API',
  version: '0.1.0',
  description: "Treaties as executable, verifiable code: the same results as the CLI's --json.",
};

export function openApiDocument(app: OpenAPIHono): z.output<typeof OpenApiDocument> {
  return app.getOpenAPI31Document({ openapi: '3.1.0', info: OPENAPI_INFO }) as z.output<typeof OpenApiDocument>;
}
