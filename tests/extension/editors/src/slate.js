// Slate with slate-react in React 18.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { createEditor, Editor, Node, Transforms } from 'slate';
import { Slate, Editable, withReact } from 'slate-react';
import { withHistory } from 'slate-history';

const editor = withHistory(withReact(createEditor()));
const initialValue = [{ type: 'paragraph', children: [{ text: '' }] }];
function App() {
  return React.createElement(Slate, { editor, initialValue },
    React.createElement(Editable, { id: 'editor', 'aria-label': 'Message', style: { minHeight: '80px' } }));
}
const reactRoot = createRoot(document.getElementById('mount'));
flushSync(() => reactRoot.render(React.createElement(App)));

window.editorModel = () => editor.children.map((n) => Node.string(n)).join('\n');
window.setDraft = (text) => {
  Editor.withoutNormalizing(editor, () => {
    Transforms.delete(editor, { at: { anchor: Editor.start(editor, []), focus: Editor.end(editor, []) } });
    Transforms.insertText(editor, text, { at: Editor.start(editor, []) });
  });
};
