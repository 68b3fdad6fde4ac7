// ProseMirror (Bluesky via TipTap) with the basic schema, history and the base keymap.
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { history, undo, redo } from 'prosemirror-history';

const plugins = [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)];
const view = new EditorView(document.getElementById('mount'), {
  state: EditorState.create({ schema, plugins }),
  attributes: { id: 'editor', 'aria-label': 'Post text' },
});

window.editorModel = () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n');
window.setDraft = (text) => {
  const doc = schema.node('doc', null, text.split('\n').map((l) => schema.node('paragraph', null, l ? [schema.text(l)] : [])));
  view.updateState(EditorState.create({ schema, doc, plugins }));
};
