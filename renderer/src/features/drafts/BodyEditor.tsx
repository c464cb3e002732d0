import { RichTextEditor } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef } from 'react';
import type { BodyBlock } from '@shared/drafting/draft-schema';
import { bodyFromEditorDoc, bodyToEditorDoc } from '@shared/drafting/editor-doc';

/**
 * The body as rich text (bold, italic, underline, paragraphs and lists); labels are typed as they
 * print ("1. ", "a) ", "Điều 2. ") and become the draft's items and articles.
 */
export function BodyEditor(props: { body: BodyBlock[]; isReadOnly: boolean; onChange(body: BodyBlock[]): void }) {
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ link: false, code: false, codeBlock: false, blockquote: false, horizontalRule: false, strike: false }),
    ],
    content: bodyToEditorDoc(props.body),
    editable: !props.isReadOnly,
    immediatelyRender: false,
    onUpdate: ({ editor: current }) => onChange.current(bodyFromEditorDoc(current.getJSON())),
  });
  useEffect(() => {
    editor?.setEditable(!props.isReadOnly);
  }, [editor, props.isReadOnly]);
  return (
    <RichTextEditor editor={editor} data-testid="draft-body">
      <RichTextEditor.Toolbar>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Bold />
          <RichTextEditor.Italic />
          <RichTextEditor.Underline />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.H3 />
          <RichTextEditor.OrderedList />
          <RichTextEditor.BulletList />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Undo />
          <RichTextEditor.Redo />
        </RichTextEditor.ControlsGroup>
      </RichTextEditor.Toolbar>
      <RichTextEditor.Content style={{ fontFamily: '"Times New Roman", Tinos, "Liberation Serif", serif', fontSize: 16 }} />
    </RichTextEditor>
  );
}
