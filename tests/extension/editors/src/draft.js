// Draft.js 0.11.7 (X) in React 18.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { Editor, EditorState, ContentState } from 'draft-js';

let current = EditorState.createEmpty();
let setState = null;
function App() {
  const [state, set] = React.useState(current);
  current = state;
  setState = set;
  return React.createElement(Editor, {
    editorState: state,
    onChange: (s) => { current = s; set(s); },
    ariaLabel: 'Post text',
    webDriverTestID: 'tweetTextarea_0',
  });
}
const reactRoot = createRoot(document.getElementById('mount'));
flushSync(() => reactRoot.render(React.createElement(App)));

window.editorModel = () => current.getCurrentContent().getPlainText('\n');
window.setDraft = (text) => {
  flushSync(() => setState(EditorState.createWithContent(ContentState.createFromText(text))));
};
