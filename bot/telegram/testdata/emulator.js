// Starts the telegram-test-api Bot API emulator for the Go end-to-end test.
// Usage: node emulator.js <port>. Prints "ready <apiURL>" once listening and
// stops when its stdin closes (the Go test ending, or dying, closes it).
'use strict';

const TelegramServer = require('telegram-test-api');

async function main() {
  const port = Number(process.argv[2]);
  if (!port) {
    throw new Error('usage: node emulator.js <port>');
  }
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 60 });
  await server.start();
  process.stdout.write(`ready ${server.config.apiURL}\n`);

  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err) => {
  process.stderr.write(`emulator: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
