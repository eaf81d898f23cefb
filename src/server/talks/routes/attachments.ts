import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../core/schemas/common.ts';
import { AttachmentQuery, AttachmentView } from '../../../core/talks/schemas.ts';
import { MAX_ATTACHMENT_BYTES } from '../../../core/talks/files.ts';
import { downloadAttachment } from '../download-attachment.ts';
import { uploadAttachment } from '../upload-attachment.ts';
import { principalOf, allRoutes, type RoutePlugin } from '../../http/route-types.ts';

const uploadAttachmentRoute: RoutePlugin = (app, ctx) => {
  // Uploads are raw bytes; only this scope accepts a body that is not JSON.
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES + 1 },
      (_req, body, done) => done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/channels/:id/attachments',
      {
        config: { guard: { action: 'message.post', scope: { channel: 'id' } } },
        bodyLimit: MAX_ATTACHMENT_BYTES + 1,
        schema: {
          operationId: 'uploadAttachment',
          tags: ['talks'],
          summary: 'Upload a file for a message',
          description:
            'Stores a file (raw bytes; its type is taken from its content) to attach to the caller’s next message in the channel.',
          params: IdParams,
          querystring: AttachmentQuery,
          response: { 200: AttachmentView },
        },
      },
      async (req) =>
        uploadAttachment(ctx, principalOf(req), req.params.id, {
          bytes: req.body as Buffer,
          declaredType: req.headers['content-type'] ?? 'application/octet-stream',
          filename: req.query.filename,
        }),
    );
  });
  app.get(
    '/api/attachments/:id',
    {
      config: { guard: { action: 'channel.read', scope: { attachment: 'id' } } },
      schema: {
        operationId: 'downloadAttachment',
        tags: ['talks'],
        summary: 'Download a file',
        description:
          'A message’s file, to the channel’s audience once sent, and to its uploader before; with its SHA-256 in `x-parley-sha256`.',
        params: IdParams,
        response: { 200: z.any().describe('The file’s bytes, in its own media type.') },
      },
    },
    async (req, reply) => {
      const file = await downloadAttachment(ctx, principalOf(req), req.params.id);
      return reply
        .header('content-type', file.mediaType)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        )
        .header('x-parley-sha256', file.sha256)
        .send(file.content);
    },
  );
};

export const attachmentRoutes = allRoutes(uploadAttachmentRoute);
