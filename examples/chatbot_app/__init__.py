"""A web chat embedding the support graph: ``python -m examples.chatbot_app --port 8000``."""
