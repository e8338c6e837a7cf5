import { useState } from 'react';
import { Button } from './button';

/** Copies the current address (which holds the whole view) and says so. */
export function CopyLinkButton() {
  const [status, setStatus] = useState('');
  return (
    <>
      <Button
        onClick={() => {
          navigator.clipboard.writeText(window.location.href).then(
            () => {
              setStatus('Link copied');
            },
            () => {
              setStatus('Copy failed: use the address bar');
            },
          );
        }}
      >
        Copy link
      </Button>
      <span role="status" className="self-center text-sm text-muted">
        {status}
      </span>
    </>
  );
}
