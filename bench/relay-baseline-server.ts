// Baseline for bench/relay: the same rooms, plain WebSocket broadcast, no persistence, no auth, no
// policy. POST /send {room, id} answers once broadcast; clients join rooms with {join: room}.
import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const rooms = new Map<string, Set<WebSocket>>();
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const { room, id } = JSON.parse(body) as { room: string; id: string };
    const frame = JSON.stringify({ type: 'message', channelId: room, message: { id } });
    for (const ws of rooms.get(room) ?? []) ws.send(frame);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
  });
});
const wss = new WebSocketServer({ server, path: '/api/live' });
wss.on('connection', (ws) => {
  ws.on('message', (data) => {
    const { channelId } = JSON.parse(data.toString()) as { channelId: string };
    if (!rooms.has(channelId)) rooms.set(channelId, new Set());
    rooms.get(channelId)!.add(ws);
    ws.send(JSON.stringify({ type: 'subscribed', channelId }));
  });
  ws.on('close', () => {
    for (const r of rooms.values()) r.delete(ws);
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
