// Quill 2 core.
import Quill from 'quill/core';

const quill = new Quill('#mount', {});
quill.root.id = 'editor';
quill.root.setAttribute('aria-label', 'Message');

window.editorModel = () => quill.getText().replace(/\n$/, '');
window.setDraft = (text) => quill.setText(text, 'api');
