import * as Menu from '@radix-ui/react-dropdown-menu';
import type { ReactNode, Ref } from 'react';

interface DropdownMenuProps {
  /** Accessible name of the trigger button, e.g. "More actions". */
  label: string;
  /** Visible content of the trigger, e.g. "⋯". */
  trigger: ReactNode;
  children: ReactNode;
  triggerRef?: Ref<HTMLButtonElement>;
}

/** A menu button (Radix): arrow keys move between items, Escape closes. */
export function DropdownMenu({ label, trigger, children, triggerRef }: DropdownMenuProps) {
  return (
    <Menu.Root modal={false}>
      <Menu.Trigger
        ref={triggerRef}
        className="button button--secondary menu-trigger"
        aria-label={label}
      >
        {trigger}
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content className="menu" align="end" sideOffset={4}>
          {children}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}

interface DropdownMenuItemProps {
  onSelect: () => void;
  children: ReactNode;
  tone?: 'normal' | 'danger';
}

export function DropdownMenuItem({ onSelect, children, tone = 'normal' }: DropdownMenuItemProps) {
  return (
    <Menu.Item className={`menu__item menu__item--${tone}`} onSelect={onSelect}>
      {children}
    </Menu.Item>
  );
}

export function DropdownMenuSeparator() {
  return <Menu.Separator className="menu__separator" />;
}
