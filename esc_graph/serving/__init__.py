"""``esc-graph serve``'s parts: request schema and refusals (``schema``), OpenAI-style errors and the body
limit (``errors``), the token loop (``decode``), the model queue (``engine``), the routes (``app``) and
running it under uvicorn with a graceful SIGTERM (``run``). ``esc_graph.serve`` is the public entry."""
