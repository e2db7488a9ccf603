"""HTTP plumbing for the stand-ins of the Claude API the guard tests run the
real `anthropic` SDK against (on 127.0.0.1): JSON and server-sent-event
replies, and a server in a background thread."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, Iterator, List, Tuple


def message(model: str, content: list, stop_reason: Any = "end_turn") -> dict:
    """A Messages API reply with `content`."""
    return {
        "id": "msg_test", "type": "message", "role": "assistant", "model": model, "content": content,
        "stop_reason": stop_reason, "stop_sequence": None, "usage": {"input_tokens": 1, "output_tokens": 1},
    }


def text_events(index: int, text: str, size: int) -> List[Tuple[str, dict]]:
    """A text block as stream events, its text cut into deltas of `size` characters."""
    events = [("content_block_start", {"index": index, "content_block": {"type": "text", "text": ""}})]
    events += [("content_block_delta", {"index": index, "delta": {"type": "text_delta", "text": text[i:i + size]}})
               for i in range(0, len(text), size)]
    return events + [("content_block_stop", {"index": index})]


class Handler(BaseHTTPRequestHandler):
    """Replies as JSON or as server-sent events; logs nothing (prompts stay out of test output)."""

    def read_body(self) -> str:
        return self.rfile.read(int(self.headers["content-length"])).decode()

    def send_json(self, reply: dict) -> None:
        self._send("application/json", json.dumps(reply).encode())

    def send_events(self, model: str, blocks: List[Tuple[str, dict]], stop_reason: str = "end_turn") -> None:
        """A whole stream: message_start, the blocks' events, message_delta and message_stop."""
        events = [("message_start", {"message": message(model, [], None)})] + blocks
        events += [("message_delta", {"delta": {"stop_reason": stop_reason, "stop_sequence": None}, "usage": {"output_tokens": 1}}),
                   ("message_stop", {})]
        data = "".join(f"event: {name}\ndata: {json.dumps({'type': name, **payload})}\n\n" for name, payload in events)
        self._send("text/event-stream", data.encode())

    def _send(self, content_type: str, data: bytes) -> None:
        self.send_response(200)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


def serve(handler: type) -> Iterator[str]:
    """Runs `handler` on 127.0.0.1 and yields its base URL (for a pytest fixture)."""
    server = HTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
