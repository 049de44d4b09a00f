import { parseArticle } from "@org/diplomacy-core";
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";

function App() {
  const [text, setText] = useState("");
  const result = text.trim() ? parseArticle(text) : null;
  return (
    <main>
      <h1>diplomacy</h1>
      <textarea aria-label="Article text" value={text} onChange={(e) => setText(e.target.value)} rows={12} cols={80} />
      <pre>{result ? JSON.stringify(result.success ? result.data.headline : result.error.code) : ""}</pre>
    </main>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
