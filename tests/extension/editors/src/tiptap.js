// TipTap 3 (ProseMirror underneath) with its starter kit, as sites built on TipTap use it.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

const editor = new Editor({
  element: document.getElementById('mount'),
  extensions: [StarterKit],
  editorProps: { attributes: { id: 'editor', 'aria-label': 'Write a post' } },
});

window.editorModel = () => editor.getText({ blockSeparator: '\n' });
window.setDraft = (text) => editor.commands.setContent(
  { type: 'doc', content: text.split('\n').map((l) => ({ type: 'paragraph', content: l ? [{ type: 'text', text: l }] : [] })) });
