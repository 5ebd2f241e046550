/**
 * The 12345 outbox on its own: feeds it from the events, sends the replies to
 * HOTLINE_12345_REPLY_URL and serves its routes. PORT, DATABASE_URL etc. as for `npm start`;
 * several instances may run against one PostgreSQL (each reply is claimed by one at a time).
 */
import { createTokenService } from '@hotline/access';
import { createLogger, healthRouter, listen, loadSecrets, openStorage, configOrExit, runProcess } from '@hotline/runtime';
import { createApp } from './app';
import { WORK_ORDER_REPLIES_MIGRATIONS } from './migrations';
import { startWorkOrderReplies } from './start';

const config = configOrExit(process.env);
const logger = createLogger(config);

runProcess(logger, (async () => {
  const secrets = await loadSecrets(config);
  const storage = await openStorage(config, [{ name: 'work_order_replies', migrations: WORK_ORDER_REPLIES_MIGRATIONS }]);
  const replies = startWorkOrderReplies({
    store: storage.store,
    db: storage.db,
    secret: secrets.workOrderSecret,
    ...(config.HOTLINE_12345_REPLY_URL && { replyUrl: config.HOTLINE_12345_REPLY_URL }),
    logger,
  });
  const tokens = createTokenService({ secrets: secrets.jwtSecrets });
  const app = createApp({ db: storage.db, tokens, clock: () => new Date(), onRetried: replies.wake }, { logger, corsOrigins: config.CORS_ORIGINS, trustProxy: config.TRUST_PROXY, routers: [healthRouter(storage)] });
  const server = await listen(app, config);
  logger.info({ url: server.url, storage: storage.description, sending: replies.sending }, 'work-order replies listening');
  return {
    async stop() {
      await server.close();
      await replies.stop();
      await storage.close();
    },
  };
})());
