// Lexical 0.52 (Facebook, Instagram, Threads) with plain-text behaviour and history.
import { createEditor, $getRoot, $createParagraphNode, $createTextNode } from 'lexical';
import { registerPlainText } from '@lexical/plain-text';
import { registerHistory, createEmptyHistoryState } from '@lexical/history';

const root = document.getElementById('editor');
const editor = createEditor({ namespace: 'fixture', onError: (e) => { throw e; } });
editor.setRootElement(root);
registerPlainText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);

// What the site would post: the editor's own state, not the DOM.
window.editorModel = () => editor.getEditorState().read(() => $getRoot().getTextContent());
window.setDraft = (text) => {
  editor.update(() => {
    const r = $getRoot();
    r.clear();
    const p = $createParagraphNode();
    p.append($createTextNode(text));
    r.append(p);
  }, { discrete: true });
};
