import { App, Modal, type FormInstance, type ModalProps } from 'antd';
import { useEffect, useRef } from 'react';
import { confirmDiscard, useFormChanges, useUnsavedChanges } from './unsavedChanges';
import { submitForm } from './validFields';

type FormModalProps<T> = Omit<ModalProps, 'onOk' | 'onCancel'> & {
  form: FormInstance<T>;
  /** Called with the values once every field rule passes (failures show under their fields). */
  onSubmit?: (values: T) => unknown;
  /** Instead of `onSubmit`, for a dialog that validates by itself. */
  onOk?: () => unknown;
  /** Closes the dialog: asked first when the user changed a field. */
  onCancel: () => void;
};

/**
 * A dialog holding a form. Esc, a click on the mask, × and 取消 close it at once while nothing was typed; after a
 * change they ask 有未保存的修改，确定放弃吗？ (放弃修改 / 继续编辑). While open with changes, leaving the page or
 * reloading asks too (`UnsavedChangesGuard`). A successful save closes through the caller, without asking.
 */
export function FormModal<T>({ form, onSubmit, onOk, onCancel, open, children, ...modal }: FormModalProps<T>) {
  const { modal: dialogs } = App.useApp();
  const asking = useRef(false);
  // While a save is under way the values are on their way to the core: a save that closes the dialog and moves to
  // another page (新建计划 → the plan) must not be asked about. A refused save leaves the dialog dirty again.
  const saving = useRef(false);
  const changes = useFormChanges(form);
  useEffect(() => {
    if (!open) changes.reset();
  }, [open, changes]);
  const isDirty = () => Boolean(open) && !saving.current && changes.isDirty();
  useUnsavedChanges(isDirty, Boolean(open));

  const cancel = () => {
    if (!isDirty()) return onCancel();
    if (asking.current) return;
    asking.current = true;
    void confirmDiscard(dialogs).answer.then((discard) => {
      asking.current = false;
      if (discard) onCancel();
    });
  };

  const save = async () => {
    saving.current = true;
    try {
      await (onSubmit ? submitForm(form, onSubmit) : onOk?.());
    } finally {
      saving.current = false;
    }
  };

  return (
    <Modal {...modal} open={open} onOk={() => void save()} onCancel={cancel}>
      {/* The user's first focus, key or click in here pictures the values as they were before any change. */}
      <div {...changes.track}>{children}</div>
    </Modal>
  );
}
