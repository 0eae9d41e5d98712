"""Recipe: the app on another OpenAI-compatible server (Ollama, vLLM), by settings alone."""
